// The console page: one HTML file, one script and one stylesheet, served with a
// strict Content-Security-Policy (no inline script or style), plus its kk/ru texts.
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { CONSOLE_TEXTS } from './texts';

const PUBLIC = new URL('./public/', import.meta.url);
const FILES: Record<string, string> = {
  'index.html': 'text/html; charset=utf-8',
  'console.js': 'text/javascript; charset=utf-8',
  'views.js': 'text/javascript; charset=utf-8',
  'dom.js': 'text/javascript; charset=utf-8',
  'units.js': 'text/javascript; charset=utf-8',
  'publish.js': 'text/javascript; charset=utf-8',
  'console.css': 'text/css; charset=utf-8',
};

export const CONSOLE_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

export function consolePage(app: FastifyInstance): void {
  const files = new Map(Object.entries(FILES).map(([name, type]) => [name, { type, body: readFileSync(new URL(name, PUBLIC)) }]));
  const texts = JSON.stringify(CONSOLE_TEXTS);
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.url.startsWith('/console')) {
      reply.header('content-security-policy', CONSOLE_CSP);
      reply.header('x-content-type-options', 'nosniff');
      reply.header('referrer-policy', 'no-referrer');
      reply.header('x-frame-options', 'DENY');
    }
    return payload;
  });
  app.get('/console', async (_request, reply) => reply.redirect('/console/'));
  app.get('/console/texts.json', async (_request, reply) => reply.type('application/json; charset=utf-8').send(texts));
  app.get<{ Params: { file: string } }>('/console/:file', async (request, reply) => {
    const file = files.get(request.params.file || 'index.html');
    if (!file) return reply.code(404).send({ error: 'notFound' });
    return reply.type(file.type).header('cache-control', 'no-cache').send(file.body);
  });
}
