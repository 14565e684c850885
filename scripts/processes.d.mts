// Types for processes.mjs (plain JavaScript so that `npm start` runs on Node without a build step).
import type { ChildProcess, SpawnOptions, SpawnSyncOptions, StdioOptions } from 'node:child_process';

export interface ChildSpec {
  command: string;
  args: string[];
  options: { cwd?: string; env?: NodeJS.ProcessEnv; stdio: StdioOptions; detached: boolean; windowsHide: boolean };
}
export type StopMethod = 'tree-kill' | 'process-group';

export function childSpec(
  command: string,
  args: readonly string[],
  options?: { platform?: NodeJS.Platform; cwd?: string; env?: NodeJS.ProcessEnv; stdio?: StdioOptions },
): ChildSpec;
export function npmRun(script: string, extra?: readonly string[]): { command: string; args: string[] };
export function stopMethod(platform?: NodeJS.Platform): StopMethod;
export function startProcess(
  command: string,
  args: readonly string[],
  options?: SpawnOptions & { platform?: NodeJS.Platform },
): ChildProcess;
export function runToEnd(command: string, args: readonly string[], options?: SpawnSyncOptions): number;
export function stopProcess(
  child: ChildProcess,
  options?: {
    platform?: NodeJS.Platform;
    signal?: NodeJS.Signals;
    timeoutMs?: number;
    kill?: (method: StopMethod, pid: number, signal: NodeJS.Signals) => void;
  },
): Promise<void>;
