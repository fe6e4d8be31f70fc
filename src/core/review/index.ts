export * from './due-questions.ts';
export * from './fsrs-schedule.ts';
export * from './rate-attempt.ts';
export * from './record-attempt.ts';
export * from './review-summary.ts';
export type * from './types.ts';
export * from './review-session.ts';
