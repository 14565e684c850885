// CPU seconds a process tree has used, from /proc (Linux): a steadier figure
// than wall time on a shared machine, where other work takes turns on the cores.
import { readdirSync, readFileSync } from 'node:fs';

const TICKS = 100; // USER_HZ on Linux

interface Proc {
  pid: number;
  ppid: number;
  cpu: number;
  kind: string;
}

function readProc(pid: number): Proc | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Chromium rewrites its children's command lines into one string: split at spaces too.
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split(/[\0 ]/);
    const type = cmdline.find((a) => a.startsWith('--type='))?.slice(7);
    const sub = cmdline.find((a) => a.startsWith('--utility-sub-type='))?.slice(19);
    return { pid, ppid: Number(fields[1]), cpu: (Number(fields[11]) + Number(fields[12])) / TICKS, kind: sub ?? type ?? 'main' };
  } catch {
    return null; // gone meanwhile
  }
}

const all = (): Proc[] =>
  readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .flatMap((d) => readProc(Number(d)) ?? []);

/** The first process whose command line has `fragment` (a browser by its profile folder). */
export function pidWith(fragment: string): number | undefined {
  for (const d of readdirSync('/proc').filter((x) => /^\d+$/.test(x))) {
    try {
      if (readFileSync(`/proc/${d}/cmdline`, 'utf8').includes(fragment)) return Number(d);
    } catch {
      /* gone */
    }
  }
  return undefined;
}

/** CPU seconds of `root` and its descendants by process kind ('main', 'renderer', 'storage.mojom.StorageService', …). */
export function cpuByKind(root: number): Map<string, number> {
  const procs = all();
  const tree = new Set([root]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const p of procs) if (!tree.has(p.pid) && tree.has(p.ppid)) grew = tree.add(p.pid) !== undefined;
  }
  const byKind = new Map<string, number>();
  for (const p of procs) if (tree.has(p.pid)) byKind.set(p.kind, (byKind.get(p.kind) ?? 0) + p.cpu);
  return byKind;
}

/** What each kind used between two readings, as "kind 1.2 s" parts. */
export function cpuSpent(before: Map<string, number>, after: Map<string, number>): string {
  return [...after]
    .map(([kind, s]) => [kind.replace(/^.*\./, ''), s - (before.get(kind) ?? 0)] as const)
    .filter(([, s]) => s >= 0.05)
    .sort((a, b) => b[1] - a[1])
    .map(([kind, s]) => `${kind} ${s.toFixed(1)} s`)
    .join(', ');
}
