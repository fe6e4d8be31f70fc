import { readFileSync } from 'node:fs';

/** CPU time on the whole machine and in given processes (Linux /proc), to tell how busy others kept it. */
export interface CpuReading {
  at: number;
  /** Busy jiffies of all CPUs, and all jiffies. */
  busy: number;
  total: number;
  /** utime + stime of each process, jiffies. */
  processes: number;
}

export function readCpu(pids: readonly (number | undefined)[]): CpuReading {
  const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  const idle = fields[3]! + (fields[4] ?? 0);
  const total = fields.reduce((sum, v) => sum + v, 0);
  const processes = pids.reduce<number>((sum, pid) => sum + processJiffies(pid), 0);
  return { at: performance.now(), busy: total - idle, total, processes };
}

function processJiffies(pid: number | undefined): number {
  if (pid === undefined) return 0;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const after = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(after[11]) + Number(after[12]);
  } catch {
    return 0;
  }
}

/** Share of the machine's CPU (all cores = 100 %) used in all, and by the given processes, between two readings. */
export function cpuShares(start: CpuReading, end: CpuReading): { machine: number; ours: number } {
  const total = end.total - start.total;
  if (total <= 0) return { machine: 0, ours: 0 };
  return { machine: (end.busy - start.busy) / total, ours: Math.min(1, (end.processes - start.processes) / total) };
}
