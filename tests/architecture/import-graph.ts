import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

/** Every .ts file under `root/src` and the files of ours each imports, type-only imports and `import()` included. */
export type ImportGraph = Map<string, string[]>;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(path) : entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** The graph of `root/src`, with paths relative to `root` (src/core/result.ts). */
export function importGraph(root: string): ImportGraph {
  const graph: ImportGraph = new Map();
  for (const file of sourceFiles(join(root, 'src'))) {
    // preProcessFile lists `import type`, `export … from` and `import()` alike: a type-only edge is still an edge.
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const ours = importedFiles.map((f) => f.fileName).filter((spec) => spec.startsWith('.'));
    graph.set(
      toKey(root, file),
      ours.map((spec) => toKey(root, resolve(dirname(file), spec))),
    );
  }
  return graph;
}

const toKey = (root: string, file: string): string => relative(root, file).split(sep).join('/');

/** The layers, lowest first, and what each may import besides itself. */
const LAYERS = {
  core: [],
  config: ['core'],
  store: ['core'],
  speech: ['core', 'config'],
  interviewer: ['core', 'config', 'store', 'speech'],
  adapters: ['core', 'config', 'store', 'speech', 'interviewer'],
  main: ['core', 'config', 'store', 'speech', 'interviewer', 'adapters'],
} as const satisfies Record<string, readonly string[]>;

type Layer = keyof typeof LAYERS;

/** src/core/… is core, src/config.ts is config; a file outside every layer is null (and reported). */
export function layerOf(path: string): Layer | null {
  if (path === 'src/config.ts') return 'config';
  const top = /^src\/([^/]+)\//.exec(path)?.[1];
  return top !== undefined && top in LAYERS && top !== 'config' ? (top as Layer) : null;
}

/** "from → to (layer → layer)" for each import that goes up or sideways into a layer it may not use. */
export function layerViolations(graph: ImportGraph): string[] {
  const found: string[] = [];
  for (const [from, targets] of graph) {
    const own = layerOf(from);
    if (own === null) {
      found.push(`${from} is in no layer`);
      continue;
    }
    for (const to of targets) {
      const theirs = layerOf(to);
      const allowed: readonly string[] = LAYERS[own];
      if (theirs !== own && (theirs === null || !allowed.includes(theirs)))
        found.push(`${from} → ${to} (${own} → ${theirs ?? 'no layer'})`);
    }
  }
  return found;
}

/** Each import cycle once, as the files around it ("a → b → a"). */
export function importCycles(graph: ImportGraph): string[] {
  const cycles = new Set<string>();
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (file: string): void => {
    state.set(file, 'open');
    path.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') cycles.add(canonical(path.slice(path.indexOf(next))));
      else if (!state.has(next)) visit(next);
    }
    path.pop();
    state.set(file, 'done');
  };
  for (const file of [...graph.keys()].sort()) if (!state.has(file)) visit(file);
  return [...cycles];
}

/** The cycle starting at its smallest file, so the same cycle found from two places is listed once. */
function canonical(loop: string[]): string {
  const start = loop.indexOf([...loop].sort()[0]!);
  const rotated = [...loop.slice(start), ...loop.slice(0, start)];
  return [...rotated, rotated[0]].join(' → ');
}
