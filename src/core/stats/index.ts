export * from './compute-stats.ts';
export * from './local-date.ts';
export * from './mastery.ts';
export * from './streak.ts';
export type * from './types.ts';
export * from './weakest-key-points.ts';
export * from './streak-ranking.ts';
