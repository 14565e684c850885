// Starting and stopping the child processes of `npm start` and `npm test` the same way on Windows,
// Linux and macOS.
//
// Windows: npm and npx are batch files (npm.cmd), which Node ≥ 20.12.2 refuses to spawn without a
// shell (CVE-2024-27980); cross-spawn runs them through cmd.exe with its arguments escaped. A child
// there is not in a process group of its own, so it is stopped with its whole tree by tree-kill
// (taskkill /T /F): killing npm.cmd alone would leave the server it started running.
// Linux, macOS: the child leads a process group of its own (detached) and the group is signalled,
// which reaches `npm run server`'s shell and the server under it.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const crossSpawn = require('cross-spawn');
const treeKill = require('tree-kill');

/**
 * How a child is started on a platform: the command and arguments handed to cross-spawn, and its options.
 * Pure: the same answer on any machine for the same platform.
 */
export function childSpec(command, args, { platform = process.platform, cwd, env, stdio = 'inherit' } = {}) {
  const options = { cwd, stdio, detached: platform !== 'win32', windowsHide: true };
  if (env) options.env = env;
  return { command, args: [...args], options };
}

/** `npm run <script>`: the bare name "npm" everywhere; cross-spawn finds npm.cmd on Windows. */
export function npmRun(script, extra = []) {
  return { command: 'npm', args: ['run', script, ...extra] };
}

/** How a started child is stopped on a platform: its whole tree (Windows) or its process group (elsewhere). */
export function stopMethod(platform = process.platform) {
  return platform === 'win32' ? 'tree-kill' : 'process-group';
}

/** Starts a child (see childSpec); `options` may add to or override the spec's options. */
export function startProcess(command, args, { platform = process.platform, ...options } = {}) {
  const spec = childSpec(command, args, { platform, cwd: options.cwd, env: options.env, stdio: options.stdio });
  return crossSpawn(spec.command, spec.args, { ...spec.options, ...options });
}

/** Runs a command to its end (inheriting the console unless told otherwise) and returns its exit code. */
export function runToEnd(command, args, options = {}) {
  const result = crossSpawn.sync(command, args, { stdio: 'inherit', windowsHide: true, ...options });
  return result.status ?? 1;
}

/**
 * Stops a running child started by startProcess and everything it started. Resolves once the child
 * has exited (or after `timeoutMs`, when it ignores the signal). `kill` is replaceable for tests.
 */
export function stopProcess(child, { platform = process.platform, signal = 'SIGTERM', timeoutMs = 5000, kill = defaultKill } = {}) {
  if (!child.pid || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  const deadline = Date.now() + timeoutMs;
  const exited = new Promise((resolve) => {
    // Elsewhere than Windows the leader can exit before the rest of its group (the server under npm):
    // wait until the whole group is gone, so nothing outlives `npm start`.
    child.once('exit', () => (stopMethod(platform) === 'process-group' ? waitForGroupGone(child.pid, deadline).then(resolve) : resolve()));
    setTimeout(resolve, timeoutMs).unref();
  });
  try {
    kill(stopMethod(platform), child.pid, signal);
  } catch {
    // already gone
  }
  return exited;
}

function defaultKill(method, pid, signal) {
  if (method === 'tree-kill') treeKill(pid, signal);
  else process.kill(-pid, signal);
}

/** Resolves when no process of the group `pgid` is left, or at the deadline. */
async function waitForGroupGone(pgid, deadline) {
  while (Date.now() < deadline) {
    try {
      process.kill(-pgid, 0);
    } catch {
      return;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}
