// A raw TCP client for tests that must send half a request: headers that never
// end, a body that stops halfway. Collects what the server answers and when it hangs up.
import net from 'node:net';

export interface RawSocket {
  /** Everything the server has sent so far. */
  readonly received: () => string;
  /** Resolves once the server has closed the connection (or reset it). */
  readonly closed: Promise<void>;
  readonly isClosed: () => boolean;
  write(data: string | Buffer): boolean;
  /** Resolves once `text` has arrived, or the connection closed without it. */
  waitFor(text: string): Promise<boolean>;
  destroy(): void;
}

export async function openRawSocket(url: string): Promise<RawSocket> {
  const { hostname, port } = new URL(url);
  const socket = net.connect({ host: hostname, port: Number(port) });
  await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
  let data = '';
  let closed = false;
  const listeners = new Set<() => void>();
  socket.on('data', (chunk) => {
    data += chunk.toString('utf8');
    for (const l of listeners) l();
  });
  socket.on('error', () => undefined);
  const closedPromise = new Promise<void>((resolve) =>
    socket.once('close', () => {
      closed = true;
      for (const l of listeners) l();
      resolve();
    }),
  );
  return {
    received: () => data,
    closed: closedPromise,
    isClosed: () => closed,
    write: (chunk) => (closed ? false : socket.write(chunk)),
    waitFor: (text) =>
      new Promise((resolve) => {
        const check = () => {
          if (data.includes(text)) done(true);
          else if (closed) done(false);
        };
        const done = (found: boolean) => {
          listeners.delete(check);
          resolve(found);
        };
        listeners.add(check);
        check();
      }),
    destroy: () => socket.destroy(),
  };
}

/** A JSON array nested `depth` deep, padded to about `bytes`: costly to parse, cheap to make. */
export function nestedJson(bytes: number): string {
  const depth = Math.floor(bytes / 2);
  return '['.repeat(depth) + ']'.repeat(depth);
}
