import { notice, type BotResponse } from '../interactions/bot-response.ts';

/** The answer of a learning command on a bot started without the learning use cases. */
export function learningOff(): BotResponse {
  return notice('Reviews and progress are not available on this bot.');
}
