export * from './answer-round.ts';
export * from './close-round.ts';
export * from './practice-channel.ts';
export * from './round-results.ts';
export * from './start-round.ts';
export type * from './types.ts';
