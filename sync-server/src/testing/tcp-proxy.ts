// A TCP proxy for fault tests: it can delay every chunk and cut some connections
// part-way, either while the request goes up or while the answer comes back.
import net from 'node:net';

export interface ProxyFaults {
  /** Milliseconds added before each forwarded chunk. */
  delayMs?: number;
  /** Cut every n-th connection (0 = never). */
  cutEvery?: number;
  /** Bytes let through before a cut (varied per connection up to three times this; keep-alive carries several requests on one). */
  cutAfterBytes?: number;
}

export interface TcpProxy {
  url: string;
  faults: ProxyFaults;
  stats: { connections: number; cuts: number };
  close(): Promise<void>;
}

export async function startTcpProxy(targetPort: number, faults: ProxyFaults = {}): Promise<TcpProxy> {
  const stats = { connections: 0, cuts: 0 };
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const n = ++stats.connections;
    const upstream = net.connect(targetPort, '127.0.0.1');
    sockets.add(client).add(upstream);
    const cutThis = proxy.faults.cutEvery ? n % proxy.faults.cutEvery === 0 : false;
    // Alternate: cut the request on its way up, or the answer on its way back.
    const cutDirection = Math.floor(n / Math.max(1, proxy.faults.cutEvery ?? 1)) % 2 === 0 ? 'up' : 'down';
    const pipe = (from: net.Socket, to: net.Socket, direction: 'up' | 'down') => {
      let passed = 0;
      from.on('data', (chunk: Buffer) => {
        from.pause();
        setTimeout(() => {
          if (cutThis && direction === cutDirection) {
            const room = (proxy.faults.cutAfterBytes ?? 200) * (1 + (n % 3)) - passed;
            if (room <= chunk.length) {
              if (room > 0) to.write(chunk.subarray(0, room));
              stats.cuts++;
              client.destroy();
              upstream.destroy();
              return;
            }
          }
          passed += chunk.length;
          to.write(chunk);
          from.resume();
        }, proxy.faults.delayMs ?? 0);
      });
      from.on('end', () => to.end());
      from.on('error', () => to.destroy());
      from.on('close', () => sockets.delete(from));
    };
    pipe(client, upstream, 'up');
    pipe(upstream, client, 'down');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as net.AddressInfo;
  const proxy: TcpProxy = {
    url: `http://127.0.0.1:${address.port}`,
    faults,
    stats,
    async close() {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return proxy;
}
