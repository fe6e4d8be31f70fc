import { readFileSync } from 'node:fs';

/** CPU time on the whole machine and in the benchmark's own processes (Linux /proc), in clock ticks. */
export interface CpuReading {
  /** Busy and all ticks of all CPUs. */
  busy: number;
  total: number;
  cores: number;
  /** utime + stime of the benchmark process (the fake Discord and the simulated users) and of the bot processes. */
  bench: number;
  bot: number;
}

export function readCpu(benchPid: number, botPids: readonly (number | undefined)[]): CpuReading {
  const lines = readFileSync('/proc/stat', 'utf8').split('\n');
  const fields = lines[0]!.trim().split(/\s+/).slice(1).map(Number);
  const idle = fields[3]! + (fields[4] ?? 0);
  const total = fields.reduce((sum, v) => sum + v, 0);
  const cores = lines.filter((l) => /^cpu\d+ /.test(l)).length;
  const bot = botPids.reduce<number>((sum, pid) => sum + processTicks(pid), 0);
  return { busy: total - idle, total, cores, bench: processTicks(benchPid), bot };
}

function processTicks(pid: number | undefined): number {
  if (pid === undefined) return 0;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const after = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(after[11]) + Number(after[12]);
  } catch {
    return 0;
  }
}

/** CPU used between two readings, in cores (1 = one core busy all the time). */
export interface CpuUse {
  machine: number;
  bench: number;
  bot: number;
  /** Everything else: PostgreSQL, and whatever else runs on the machine. */
  others: number;
}

export function cpuUse(start: CpuReading, end: CpuReading): CpuUse {
  const perCore = (end.total - start.total) / end.cores;
  if (perCore <= 0) return { machine: 0, bench: 0, bot: 0, others: 0 };
  const machine = (end.busy - start.busy) / perCore;
  const bench = (end.bench - start.bench) / perCore;
  const bot = (end.bot - start.bot) / perCore;
  return { machine, bench, bot, others: Math.max(0, machine - bench - bot) };
}
