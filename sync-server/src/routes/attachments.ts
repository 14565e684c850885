// Attachment presence and download by SHA-256, relay status, and the tus upload endpoint.
import type { FastifyInstance, preHandlerHookHandler } from 'fastify';
import { z } from 'zod';
import { type AttachmentStatus, Sha256Hex } from '../../../shared/sync/protocol';
import { type Attachments, DEVICE_HEADER } from '../attachments/tus';
import { sendError } from '../http/errors';
import type { SyncStore } from '../storage/types';
import { holdsNul } from './body-guard';

/** tus metadata is `key base64,key base64`; a NUL in a decoded value could reach storage. */
function metadataHoldsNul(header: string | string[] | undefined): boolean {
  const text = Array.isArray(header) ? header.join(',') : (header ?? '');
  return text.split(',').some((pair) => holdsNul(pair, Buffer.from(pair.trim().split(' ')[1] ?? '', 'base64').toString('utf8')));
}

export function attachmentRoutes(app: FastifyInstance, store: SyncStore, auth: preHandlerHookHandler, attachments: Attachments): void {
  // A file the device may not see is answered exactly like a file that does not exist.
  app.get<{ Params: { sha256: string } }>('/attachments/:sha256/status', { preHandler: auth }, async (request, reply) => {
    const sha = Sha256Hex.safeParse(request.params.sha256);
    if (!sha.success) return sendError(reply, 400, 'badRequest', { detail: 'sha256' });
    const found = await store.attachments.visibleTo(request.device!, sha.data);
    const body: AttachmentStatus = found ? { sha256: sha.data, present: true, size: found.size } : { sha256: sha.data, present: false };
    return body;
  });

  app.get<{ Params: { sha256: string } }>('/attachments/:sha256', { preHandler: auth }, async (request, reply) => {
    const sha = Sha256Hex.safeParse(request.params.sha256);
    if (!sha.success) return sendError(reply, 400, 'badRequest', { detail: 'sha256' });
    if (!(await store.attachments.visibleTo(request.device!, sha.data))) return sendError(reply, 404, 'notFound');
    return reply.type('application/octet-stream').send(await attachments.files.read(sha.data));
  });

  app.get<{ Params: { caseId: string } }>('/relay/:caseId', { preHandler: auth }, async (request, reply) => {
    // Case ids are UUIDs; anything else cannot exist (and never reaches the database).
    const caseId = z.uuid().safeParse(request.params.caseId);
    const status = caseId.success ? await store.attachments.relayStatus(request.device!, caseId.data) : null;
    if (status === null) return sendError(reply, 404, 'notFound');
    return status;
  });

  // tus reads the raw request stream itself.
  app.addContentTypeParser('application/offset+octet-stream', (_request, _payload, done) => done(null));
  const handleTus = async (request: import('fastify').FastifyRequest, reply: import('fastify').FastifyReply) => {
    if (metadataHoldsNul(request.headers['upload-metadata'])) {
      reply.header('connection', 'close');
      return sendError(reply, 400, 'badRequest', { detail: 'Upload-Metadata: NUL character' });
    }
    // tus builds its Request from rawHeaders: drop any client-sent copy, then add ours.
    const raw = request.raw.rawHeaders;
    for (let i = raw.length - 2; i >= 0; i -= 2) if (raw[i].toLowerCase() === DEVICE_HEADER) raw.splice(i, 2);
    raw.push(DEVICE_HEADER, request.device!.id);
    request.raw.headers[DEVICE_HEADER] = request.device!.id;
    reply.hijack();
    await attachments.tus.handle(request.raw, reply.raw);
  };
  app.all('/files', { preHandler: auth }, handleTus);
  // Another device's upload is answered like one that does not exist: an upload id opens nothing either.
  app.all<{ Params: { '*': string } }>('/files/*', { preHandler: auth }, async (request, reply) => {
    const upload = await attachments.files.datastore.getUpload(request.params['*']).catch(() => null);
    if (!upload || upload.metadata?.deviceId !== request.device!.id) {
      // The body of a refused PATCH is never read: close the connection rather than leave it waiting.
      reply.header('connection', 'close');
      return sendError(reply, 404, 'notFound');
    }
    return handleTus(request, reply);
  });
}
