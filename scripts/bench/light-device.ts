// A simulated PC of the fleet that talks over node:http with keep-alive instead of fetch:
// the thousand PCs of bench:sync run on the server's own machine, and fetch's streams
// cost them about as much CPU as the server spends answering them (measured: 5.4 s
// against the server's 5.9 s in one burst), which would be taken from the server being
// measured. It still sends and parses every body as a PC does.
import { Agent, request as httpRequest } from 'node:http';
import type { AnyBody, HttpAnswer } from '../../sync-server/src/testing/client';
import { TestDevice } from '../../sync-server/src/testing/harness';

const agent = new Agent({ keepAlive: true });

export class LightDevice extends TestDevice {
  override request<Body = AnyBody>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<HttpAnswer<Body>> {
    const sent = body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body);
    const all: Record<string, string | number> = { ...headers };
    if (this.token) all.authorization = `Bearer ${this.token}`;
    if (sent !== undefined) {
      all['content-type'] = 'application/json';
      all['content-length'] = Buffer.byteLength(sent);
    }
    return new Promise((resolve, reject) => {
      const req = httpRequest(`${this.baseUrl}${path}`, { method, headers: all, agent }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString();
          let parsed: unknown = text;
          try {
            parsed = JSON.parse(text);
          } catch {
            /* not JSON */
          }
          const answerHeaders = new Headers();
          for (const [name, value] of Object.entries(res.headers)) if (typeof value === 'string') answerHeaders.set(name, value);
          resolve({ status: res.statusCode ?? 0, body: parsed as Body, headers: answerHeaders });
        });
      });
      req.on('error', reject);
      req.end(sent);
    });
  }
}
