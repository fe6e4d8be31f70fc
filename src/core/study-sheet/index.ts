export * from './render-study-sheet.ts';
export * from './study-items.ts';
