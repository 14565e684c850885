// A simulated PC of the fleet that talks over node:http with keep-alive instead of fetch:
// the thousand PCs of bench:sync run on the server's own machine, and fetch's streams
// cost them about as much CPU as the server spends answering them (measured: 5.4 s
// against the server's 5.9 s in one burst), which would be taken from the server being
// measured. It still sends and parses every body as a PC does (SyncClient.request).
import { Agent, request as httpRequest } from 'node:http';
import { TestDevice } from '../../sync-server/src/testing/harness';

const agent = new Agent({ keepAlive: true });

export class LightDevice extends TestDevice {
  protected override send(
    method: string,
    url: string,
    headers: Record<string, string>,
    body: string | undefined,
  ): Promise<{ status: number; text: string; headers: Headers }> {
    const sent: Record<string, string | number> = { ...headers };
    if (body !== undefined) sent['content-length'] = Buffer.byteLength(body);
    return new Promise((resolve, reject) => {
      const req = httpRequest(url, { method, headers: sent, agent }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          const answerHeaders = new Headers();
          for (const [name, value] of Object.entries(res.headers)) if (typeof value === 'string') answerHeaders.set(name, value);
          resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString(), headers: answerHeaders });
        });
      });
      req.on('error', reject);
      req.end(body);
    });
  }
}
