// How `npm start` and `npm test` start and stop their children: what would run on Windows (where
// npm is a batch file Node will not spawn without a shell, CVE-2024-27980), and a real process tree
// stopped on Linux.
import type { ChildProcess } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { createRequire } from 'node:module';
import { afterEach, describe, expect, it } from 'vitest';
import { isRunning, descendants } from './process-tree';
import { childSpec, npmRun, runToEnd, type StopMethod, startProcess, stopMethod, stopProcess } from './processes.mjs';

const require = createRequire(import.meta.url);

interface CrossSpawnParsed {
  command: string;
  args: string[];
  options: { windowsVerbatimArguments?: boolean; shell?: boolean };
}

/** cross-spawn's own translation of a command, loaded afresh as if on Windows (it reads the platform when loaded). */
function crossSpawnOnWindows(command: string, args: string[]): CrossSpawnParsed {
  const platform = Object.getOwnPropertyDescriptor(process, 'platform')!;
  const fresh = () => {
    for (const id of Object.keys(require.cache))
      if (/[\\/]node_modules[\\/](cross-spawn|which|isexe)[\\/]/.test(id)) delete require.cache[id];
  };
  Object.defineProperty(process, 'platform', { ...platform, value: 'win32' });
  try {
    fresh();
    const parse = require('cross-spawn/lib/parse.js') as (c: string, a: string[], o: object) => CrossSpawnParsed;
    return parse(command, args, {});
  } finally {
    Object.defineProperty(process, 'platform', platform);
    fresh();
  }
}

describe('starting a child', () => {
  it('runs npm by its bare name, never npm.cmd and never with shell: true', () => {
    expect(npmRun('server')).toEqual({ command: 'npm', args: ['run', 'server'] });
    const windows = childSpec('npm', ['run', 'server'], { platform: 'win32', cwd: 'C:\\Рабочий стол\\akimat' });
    expect(windows).toEqual({
      command: 'npm',
      args: ['run', 'server'],
      options: { cwd: 'C:\\Рабочий стол\\akimat', stdio: 'inherit', detached: false, windowsHide: true },
    });
    expect(windows.options).not.toHaveProperty('shell');
  });

  it('puts the child in a process group of its own on Linux and macOS only', () => {
    for (const platform of ['linux', 'darwin'] as const)
      expect(childSpec('npm', ['run', 'server'], { platform }).options.detached).toBe(true);
    expect(childSpec('npm', ['run', 'server'], { platform: 'win32' }).options.detached).toBe(false);
  });

  it("on Windows cross-spawn runs npm's batch file through cmd.exe with escaped arguments", () => {
    const parsed = crossSpawnOnWindows('npm', ['run', 'server']);
    expect(parsed.command).toMatch(/cmd\.exe$/i);
    // cmd.exe /d /s /c "npm ^"run^" ^"server^"": each argument quoted, the quotes escaped for cmd.exe.
    expect(parsed.args).toEqual(['/d', '/s', '/c', '"npm ^"run^" ^"server^""']);
    expect(parsed.options.windowsVerbatimArguments).toBe(true);
    // An argument with cmd.exe's metacharacters stays one argument and runs nothing else.
    expect(crossSpawnOnWindows('npx', ['vitest', 'a & b']).args[3]).toBe('"npx ^"vitest^" ^"a^ ^&^ b^""');
  });

  it('on Linux hands the command to the system as it is', () => {
    expect(runToEnd(process.execPath, ['-e', 'process.exit(3)'], { stdio: 'ignore' })).toBe(3);
    expect(runToEnd('npm', ['--version'], { stdio: 'ignore' })).toBe(0);
  });
});

describe('stopping a child', () => {
  const started: ChildProcess[] = [];
  afterEach(() => {
    for (const child of started.splice(0)) if (child.pid && isRunning(child.pid)) process.kill(-child.pid, 'SIGKILL');
  });

  it('stops the whole tree with tree-kill on Windows and the process group elsewhere', async () => {
    expect(stopMethod('win32')).toBe('tree-kill');
    expect(stopMethod('linux')).toBe('process-group');
    expect(stopMethod('darwin')).toBe('process-group');
    const calls: [StopMethod, number, string][] = [];
    const fake = Object.assign(new EventEmitter(), { pid: 4242, exitCode: null, signalCode: null }) as unknown as ChildProcess;
    const stopped = stopProcess(fake, {
      platform: 'win32',
      kill: (method, pid, signal) => {
        calls.push([method, pid, signal]);
        setImmediate(() => fake.emit('exit', 1));
      },
    });
    await stopped;
    expect(calls).toEqual([['tree-kill', 4242, 'SIGTERM']]);
  });

  it.runIf(process.platform === 'linux')('stops a real child and the grandchild it started (Linux)', async () => {
    // The child starts a grandchild that would outlive it, as `npm run server` starts the server.
    const script = `const { spawn } = require('node:child_process');
      const grandchild = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
      console.log(grandchild.pid);
      setInterval(() => {}, 1000);`;
    const child = startProcess(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    started.push(child);
    const grandchild = await new Promise<number>((resolve) =>
      child.stdout!.once('data', (chunk: Buffer) => resolve(Number(chunk.toString()))),
    );
    expect(descendants(child.pid!)).toContain(grandchild);
    expect(isRunning(grandchild)).toBe(true);

    await stopProcess(child);
    expect(child.signalCode).toBe('SIGTERM');
    await expect.poll(() => isRunning(grandchild), { timeout: 5000 }).toBe(false);
  });
});
