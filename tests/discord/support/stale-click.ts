import type { APIMessage, APIUser } from 'discord-api-types/v10';
import type { FakeDiscord, InteractionHandle } from '../../support/fake-discord/index.ts';
import { buildButton } from '../../support/fake-discord/interaction-builders.ts';
import { deliverInteraction } from '../../support/fake-discord/user-actions.ts';
import { buttonId } from './drive.ts';

/**
 * A click on an old copy of a message, as a second device or a client that has not refreshed sends it
 * (`fake.clickButton` always uses the message as it stands now).
 */
export function clickStale(fake: FakeDiscord, user: APIUser, oldCopy: APIMessage, label: string): InteractionHandle {
  const deps = {
    state: fake.state,
    applicationId: fake.applicationId,
    nextId: () => fake.core.ids.next(),
    commands: fake.commands,
    requireRegistered: true,
  };
  return deliverInteraction(
    fake.core,
    buildButton(deps, { user, message: oldCopy, customId: buttonId(oldCopy, label) }),
  );
}
