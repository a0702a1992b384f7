/**
 * CPU time used by the browsers this process started (every descendant process: browser, renderer, GPU and
 * utility processes), read from /proc. Unlike wall-clock time it hardly changes when other work shares the
 * machine, so it tells two pages apart on a busy host. Linux only; elsewhere it is unavailable (null).
 */
import { readdirSync, readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100;

interface ProcStat {
  pid: number;
  ppid: number;
  ticks: number;
}

function readStat(pid: string): ProcStat | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name may contain spaces and parentheses: the fields that follow start after the last ')'.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    const ppid = Number(fields[1]);
    const ticks = Number(fields[11]) + Number(fields[12]);
    return { pid: Number(pid), ppid, ticks };
  } catch {
    return null;
  }
}

/** Milliseconds of CPU used so far by all descendants of this process, or null where /proc is unavailable. */
export function descendantsCpuMs(): number | null {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return null;
  }
  const stats = pids.map(readStat).filter((stat): stat is ProcStat => stat !== null);
  const children = new Map<number, ProcStat[]>();
  for (const stat of stats) children.set(stat.ppid, [...(children.get(stat.ppid) ?? []), stat]);
  let ticks = 0;
  const pending = [...(children.get(process.pid) ?? [])];
  while (pending.length > 0) {
    const stat = pending.pop()!;
    ticks += stat.ticks;
    pending.push(...(children.get(stat.pid) ?? []));
  }
  return (ticks * 1000) / TICKS_PER_SECOND;
}
