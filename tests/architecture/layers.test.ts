import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/run-cli.ts';
import { importCycles, importGraph, layerViolations } from './import-graph.ts';

describe('the import graph of src/', () => {
  const graph = importGraph(REPO_ROOT);

  it('keeps every layer to the ones below it: core, store and speech, use cases, adapters, main', () => {
    expect(graph.size).toBeGreaterThan(100);
    expect(layerViolations(graph)).toEqual([]);
  });

  it('has no import cycle, type-only imports included', () => {
    expect(importCycles(graph)).toEqual([]);
  });
});

describe('the layers check itself', () => {
  let root: string | undefined;
  afterEach(() => {
    if (root !== undefined) rmSync(root, { recursive: true, force: true });
  });

  /** A throwaway tree of source files, path → text. */
  function tree(files: Record<string, string>): string {
    root = mkdtempSync(join(tmpdir(), 'mi-layers-'));
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    return root;
  }

  it('fails on an upward import, even a type-only one, and on an adapter importing main', () => {
    const graph = importGraph(
      tree({
        'src/core/rules.ts': "import type { Logger } from '../adapters/discord/logger.ts';\nexport const x = 1;\n",
        'src/interviewer/use-case.ts':
          "export async function f() { return import('../adapters/discord/logger.ts'); }\n",
        'src/adapters/discord/logger.ts': "import { run } from '../../main/bot.ts';\nexport type Logger = unknown;\n",
        'src/main/bot.ts': "import '../interviewer/use-case.ts';\nexport const run = 1;\n",
      }),
    );
    expect(layerViolations(graph)).toEqual([
      'src/adapters/discord/logger.ts → src/main/bot.ts (adapters → main)',
      'src/core/rules.ts → src/adapters/discord/logger.ts (core → adapters)',
      'src/interviewer/use-case.ts → src/adapters/discord/logger.ts (interviewer → adapters)',
    ]);
  });

  it('fails on a cycle, a type-only one included', () => {
    const graph = importGraph(
      tree({
        'src/interviewer/a.ts': "import type { B } from './b.ts';\nexport type A = B;\n",
        'src/interviewer/b.ts': "import { a } from './c.ts';\nexport type B = number;\n",
        'src/interviewer/c.ts': "export type { A } from './a.ts';\nexport const a = 1;\n",
        'src/interviewer/d.ts': "import { a } from './c.ts';\n",
      }),
    );
    expect(importCycles(graph)).toEqual([
      'src/interviewer/a.ts → src/interviewer/b.ts → src/interviewer/c.ts → src/interviewer/a.ts',
    ]);
    expect(layerViolations(graph)).toEqual([]);
  });
});
