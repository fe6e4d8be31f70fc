import { describe } from 'vitest';
import { describeAttemptContract } from './contract-attempts.ts';
import { describeBankContract } from './contract-banks.ts';
import { describeClaimContract } from './contract-claims.ts';
import { describeDmChannelContract } from './contract-dm-channels.ts';
import { describeInteractionContract } from './contract-interactions.ts';
import { describeLeaderboardContract } from './contract-leaderboard.ts';
import { describeLearningContract } from './contract-learning.ts';
import { describeLeaseContract } from './contract-leases.ts';
import { describeScheduleContract } from './contract-schedule.ts';
import { describeRoundContract } from './contract-schedule-rounds.ts';
import { describeSessionContract } from './contract-sessions.ts';
import { describeUserContract } from './contract-users.ts';
import type { MakeStore } from './fixtures.ts';

/**
 * The behaviour every Store implementation must have. `makeStore` returns a fresh, empty store; the
 * suite closes it after each test.
 */
export function describeStoreContract(name: string, makeStore: MakeStore): void {
  describe(`Store contract: ${name}`, () => {
    describeUserContract(makeStore);
    describeAttemptContract(makeStore);
    describeSessionContract(makeStore);
    describeLeaderboardContract(makeStore);
    describeClaimContract(makeStore);
    describeLeaseContract(makeStore);
    describeScheduleContract(makeStore);
    describeRoundContract(makeStore);
    describeDmChannelContract(makeStore);
    describeLearningContract(makeStore);
    describeBankContract(makeStore);
    describeInteractionContract(makeStore);
  });
}
