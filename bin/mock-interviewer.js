#!/usr/bin/env node
// Runs the TypeScript sources directly through tsx, so a checkout works after `npm ci` with no build step.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../src/main/cli.ts');
process.exitCode = await runCli(process.argv.slice(2));
