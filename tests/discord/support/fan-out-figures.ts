import type { RequestLogEntry } from '../../support/fake-discord/index.ts';

export interface FanOutFigures {
  /** Every REST request the fake saw in the window (429s included). */
  requests: number;
  /** Requests Discord would have carried out (2xx). */
  accepted: number;
  /** 429s: waited out and retried by discord.js, not lost, but counted against the bot by Discord. */
  rateLimited: number;
  /** Refusals the bot expects and records (DMs closed 50007, unknown channel 10003). */
  refused: number;
  /** Anything else answered 4xx/5xx: a request the bot meant and Discord rejected. */
  rejected: number;
  seconds: number;
  /** Requests carried out (or refused as expected) per second over the whole window. */
  perSecond: number;
}

const EXPECTED_REFUSALS = new Set([50007, 10003]);
const isCallback = (r: RequestLogEntry) => r.path.startsWith('/interactions/');

/** What a fan-out cost, from the fake's request log between two instants. */
export function fanOutFigures(log: readonly RequestLogEntry[], startMs: number, endMs: number): FanOutFigures {
  const window = log.filter((r) => r.at >= startMs && r.at <= endMs && !isCallback(r));
  const accepted = window.filter((r) => r.status < 400);
  const rateLimited = window.filter((r) => r.status === 429).length;
  const refused = window.filter((r) => r.status >= 400 && r.code !== undefined && EXPECTED_REFUSALS.has(r.code)).length;
  const seconds = Math.max(0.001, (endMs - startMs) / 1000);
  return {
    requests: window.length,
    accepted: accepted.length,
    rateLimited,
    refused,
    rejected: window.length - accepted.length - rateLimited - refused,
    seconds: Math.round(seconds * 100) / 100,
    perSecond: Math.round(((accepted.length + refused) / seconds) * 10) / 10,
  };
}
