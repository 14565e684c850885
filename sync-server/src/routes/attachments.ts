// Attachment presence and download by SHA-256, relay status, and the tus upload endpoint.
import type { FastifyInstance, preHandlerHookHandler } from 'fastify';
import { type AttachmentStatus, Sha256Hex } from '../../../shared/sync/protocol';
import { type Attachments, DEVICE_HEADER } from '../attachments/tus';
import { sendError } from '../http/errors';
import type { SyncStore } from '../storage/types';

export function attachmentRoutes(app: FastifyInstance, store: SyncStore, auth: preHandlerHookHandler, attachments: Attachments): void {
  app.get<{ Params: { sha256: string } }>('/attachments/:sha256/status', { preHandler: auth }, async (request, reply) => {
    const sha = Sha256Hex.safeParse(request.params.sha256);
    if (!sha.success) return sendError(reply, 400, 'badRequest', { detail: 'sha256' });
    const found = await store.attachments.has(sha.data);
    const body: AttachmentStatus = found
      ? { sha256: sha.data, present: true, size: Number(found.size) }
      : { sha256: sha.data, present: false };
    return body;
  });

  app.get<{ Params: { sha256: string } }>('/attachments/:sha256', { preHandler: auth }, async (request, reply) => {
    const sha = Sha256Hex.safeParse(request.params.sha256);
    if (!sha.success) return sendError(reply, 400, 'badRequest', { detail: 'sha256' });
    if (!(await store.attachments.has(sha.data))) return sendError(reply, 404, 'notFound');
    if (!(await store.attachments.canRead(request.device!, sha.data))) return sendError(reply, 403, 'outOfScope');
    return reply.type('application/octet-stream').send(await attachments.files.read(sha.data));
  });

  app.get<{ Params: { caseId: string } }>('/relay/:caseId', { preHandler: auth }, async (request, reply) => {
    const status = await store.attachments.relayStatus(request.device!, request.params.caseId);
    if (status === null) return sendError(reply, 404, 'notFound');
    if (status === 'outOfScope') return sendError(reply, 403, 'outOfScope');
    return status;
  });

  // tus reads the raw request stream itself.
  app.addContentTypeParser('application/offset+octet-stream', (_request, _payload, done) => done(null));
  const handleTus = async (request: import('fastify').FastifyRequest, reply: import('fastify').FastifyReply) => {
    // tus builds its Request from rawHeaders: drop any client-sent copy, then add ours.
    const raw = request.raw.rawHeaders;
    for (let i = raw.length - 2; i >= 0; i -= 2) if (raw[i].toLowerCase() === DEVICE_HEADER) raw.splice(i, 2);
    raw.push(DEVICE_HEADER, request.device!.id);
    request.raw.headers[DEVICE_HEADER] = request.device!.id;
    reply.hijack();
    await attachments.tus.handle(request.raw, reply.raw);
  };
  app.all('/files', { preHandler: auth }, handleTus);
  app.all('/files/*', { preHandler: auth }, handleTus);
}
