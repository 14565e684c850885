// The renderer may be served from another origin (a browser, tests); tokens go in
// a header, never a cookie, so any origin may call. Preflights end here, before auth.
import type { FastifyInstance } from 'fastify';

const ALLOW_HEADERS =
  'Authorization, Content-Type, Tus-Resumable, Upload-Length, Upload-Offset, Upload-Metadata, Upload-Defer-Length, Upload-Concat, X-HTTP-Method-Override';
const EXPOSE_HEADERS =
  'Location, Upload-Offset, Upload-Length, Upload-Metadata, Tus-Resumable, Tus-Version, Tus-Max-Size, Tus-Extension, Retry-After';

export function allowCrossOrigin(app: FastifyInstance): void {
  app.addHook('onRequest', async (request, reply) => {
    reply.raw.setHeader('Access-Control-Allow-Origin', '*');
    reply.raw.setHeader('Access-Control-Expose-Headers', EXPOSE_HEADERS);
    if (request.method === 'OPTIONS') {
      reply.raw.setHeader('Access-Control-Allow-Methods', 'GET, POST, PATCH, HEAD, DELETE, OPTIONS');
      reply.raw.setHeader('Access-Control-Allow-Headers', ALLOW_HEADERS);
      reply.raw.setHeader('Access-Control-Max-Age', '86400');
      return reply.code(204).send();
    }
  });
}
