export * from './progress-data.ts';
export * from './progress-svg.ts';
export { escapeXml } from './svg.ts';
