import { spawnCli, type CliProcess } from '../../discord/support/spawn-cli.ts';

export interface Replica {
  origin: string;
  port: number;
  cli: CliProcess;
}

/** Starts `mock-interviewer serve-http --port 0` as a child process and resolves once it listens. */
export async function startReplica(env: Record<string, string>, cwd: string): Promise<Replica> {
  const cli = spawnCli(['serve-http', '--port', '0'], { HTTP_HOST: '127.0.0.1', ...env }, cwd);
  const line = await cli.waitFor(/"message":"serving HTTP interactions"/, 30_000);
  const port = Number((JSON.parse(line) as { port: number }).port);
  return { origin: `http://127.0.0.1:${port}`, port, cli };
}

/** The counter lines of one replica's /metrics, e.g. `mi_interactions_total{type="slash",outcome="answered"} 3`. */
export async function interactionCounts(origin: string): Promise<Map<string, number>> {
  const text = await (await fetch(`${origin}/metrics`)).text();
  const counts = new Map<string, number>();
  for (const match of text.matchAll(/^mi_interactions_total\{type="(\w+)",outcome="(\w+)"\} (\d+)$/gm)) {
    counts.set(`${match[1]}/${match[2]}`, Number(match[3]));
  }
  return counts;
}
