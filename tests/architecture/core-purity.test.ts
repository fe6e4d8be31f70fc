import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/run-cli.ts';

const FORBIDDEN = [/^node:/, /^discord\.js$/, /^@discordjs\//, /^better-sqlite3$/, /^pg$/, /^ws$/, /^dotenv/];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(path) : entry.name.endsWith('.ts') ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [
    ...text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/g),
    ...text.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g),
  ].map((m) => m[1]!);
}

describe('src/core', () => {
  const core = join(REPO_ROOT, 'src/core');

  it('imports no Discord, database, file system, network or environment module', () => {
    const offending = sourceFiles(core).flatMap((file) =>
      importsOf(file)
        .filter((spec) => FORBIDDEN.some((re) => re.test(spec)))
        .map((spec) => `${relative(REPO_ROOT, file)} → ${spec}`),
    );
    expect(offending).toEqual([]);
  });

  it('imports nothing from outside src/core', () => {
    const offending = sourceFiles(core).flatMap((file) =>
      importsOf(file)
        .filter((spec) => spec.startsWith('.') && !join(file, '..', spec).startsWith(core))
        .map((spec) => `${relative(REPO_ROOT, file)} → ${spec}`),
    );
    expect(offending).toEqual([]);
  });

  it('reads no clock, randomness or environment of its own', () => {
    const offending = sourceFiles(core).filter((file) =>
      /\bDate\.now\(|new Date\(\)|Math\.random\(|process\.env/.test(readFileSync(file, 'utf8')),
    );
    expect(offending.map((f) => relative(REPO_ROOT, f))).toEqual([]);
  });
});
