// Runs the real server (`sync-server/src/main.ts`) as a child process, so a test
// can SIGKILL it mid-request and start it again on the same port and data.
import { type ChildProcess, spawn } from 'node:child_process';
import net from 'node:net';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

export class ServerProcess {
  child?: ChildProcess;
  output = '';

  constructor(
    readonly port: number,
    readonly env: Record<string, string>,
    /** Run as another user (the tests run as root, whom no file permission stops). */
    readonly user?: { uid: number; gid: number },
    /** Options for node itself (e.g. `--cpu-prof`), before the script. */
    readonly nodeArgs: string[] = [],
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Starts the server and resolves once it is gone; for a server that must refuse to start. */
  async startAndExit(timeoutMs = 20_000): Promise<number | null> {
    const child = this.spawn();
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    return new Promise((resolve) =>
      // 'close', not 'exit': everything the server printed has been read by then.
      child.once('close', (code) => {
        clearTimeout(timer);
        resolve(code);
      }),
    );
  }

  async start(): Promise<void> {
    // A minute: on a loaded machine tsx alone can take twenty seconds to bring the server up.
    this.spawn();
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      if (this.child!.exitCode !== null) throw new Error(`server exited: ${this.output}`);
      try {
        if ((await fetch(`${this.url}/health`)).ok) return;
      } catch {
        /* not up yet */
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`server did not start: ${this.output}`);
  }

  private spawn(): ChildProcess {
    this.child = spawn(process.execPath, [...this.nodeArgs, '--import', 'tsx', 'sync-server/src/main.ts'], {
      cwd: ROOT,
      ...(this.user ?? {}),
      env: {
        ...process.env,
        LOG_LEVEL: 'warn',
        RATE_LIMIT_PER_SECOND: '10000',
        RATE_LIMIT_BURST: '10000',
        ...this.env,
        PORT: String(this.port),
        HOST: '127.0.0.1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child.stdout!.on('data', (d) => (this.output += d));
    this.child.stderr!.on('data', (d) => (this.output += d));
    return this.child;
  }

  /** SIGTERM: the server closes and exits (a CPU profile asked for with --cpu-prof is written then). */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  }

  /** SIGKILL: no cleanup, no graceful close, as when the power goes. */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGKILL');
    });
  }
}
