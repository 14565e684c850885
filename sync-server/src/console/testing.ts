// A console client for tests: signs in like the page does (same Origin, the session
// cookie, the CSRF token on every state-changing request).
import { runAdmin } from '../admin/cli';
import type { TestServer } from '../testing/harness';

export const TEST_PASSWORD = 'correct horse battery';

export interface Answer {
  status: number;
  body: Record<string, unknown> & { [key: string]: unknown };
  headers: Headers;
}

export class ConsoleClient {
  cookie = '';
  csrf = '';

  constructor(readonly url: string) {}

  /** Adds the administrator with the admin CLI, then signs in. */
  static async signedIn(server: TestServer, login: string, district?: string): Promise<ConsoleClient> {
    await addAdmin(server, login, district);
    const client = new ConsoleClient(server.url);
    const answer = await client.login(login, TEST_PASSWORD);
    if (answer.status !== 200) throw new Error(`sign-in failed: ${answer.status} ${JSON.stringify(answer.body)}`);
    return client;
  }

  async login(login: string, password: string): Promise<Answer> {
    const answer = await this.call('POST', '/console/api/login', { login, password });
    if (answer.status === 200) {
      this.cookie = (answer.headers.get('set-cookie') ?? '').split(';')[0];
      this.csrf = String(answer.body.csrf);
    }
    return answer;
  }

  async call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Answer> {
    const init: RequestInit = {
      method,
      headers: {
        origin: this.url,
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(this.csrf ? { 'x-csrf-token': this.csrf } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
    };
    if (body !== undefined) init.body = JSON.stringify(body);
    const response = await fetch(this.url + path, init);
    const text = await response.text();
    let parsed: unknown = {};
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = { text };
    }
    return { status: response.status, body: parsed as Answer['body'], headers: response.headers };
  }

  async upload(path: string, bytes: Buffer): Promise<Answer> {
    const response = await fetch(this.url + path, {
      method: 'PUT',
      headers: { origin: this.url, cookie: this.cookie, 'x-csrf-token': this.csrf, 'content-type': 'application/octet-stream' },
      body: new Uint8Array(bytes),
    });
    return { status: response.status, body: (await response.json()) as Answer['body'], headers: response.headers };
  }
}

export async function addAdmin(server: { store: TestServer['store'] }, login: string, district?: string): Promise<void> {
  const args = ['console:add-admin', login, ...(district ? ['--district', district] : [])];
  const quiet = () => undefined;
  const code = await runAdmin(args, server.store, quiet, quiet, async () => TEST_PASSWORD);
  if (code !== 0) throw new Error(`console:add-admin failed: ${code}`);
}
