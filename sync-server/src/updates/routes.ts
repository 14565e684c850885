// The update feed over the sync server: the administrator uploads latest.yml and its
// installer in the console and rolls a release out per district; a PC reads
// /updates/<its district>/latest.yml with its device token (electron-updater's
// generic provider) and downloads the installer with Range requests (resumable).
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { FastifyInstance, preHandlerHookHandler } from 'fastify';
import { z } from 'zod';
import { mayAct } from '../console/api';
import { requireSession } from '../console/session';
import type { SyncStore } from '../storage/types';
import { checkLatestYml } from './feed';

export const MAX_INSTALLER_BYTES = 1024 * 1024 * 1024;

const Yml = z.object({ yml: z.string().min(1).max(100_000) });
const Rollout = z.object({ districtCode: z.string().min(1).max(16), version: z.string().min(1).max(60) });

export function updateRoutes(app: FastifyInstance, store: SyncStore, dataDir: string, deviceAuth: preHandlerHookHandler): void {
  const folder = (version: string) => join(dataDir, 'updates', version);
  const session = requireSession(store);

  app.register(async (scope) => {
    // The installer arrives as raw bytes and is streamed to disk, never held in memory.
    scope.addContentTypeParser('application/octet-stream', (_request, payload, done) => done(null, payload));

    scope.get('/console/api/releases', { preHandler: session }, async (request) => ({
      releases: (await store.console.releases()).map(({ yml: _yml, ...r }) => r),
      rollouts: (await store.console.rollouts()).filter((r) => mayAct(request, r.districtCode)),
    }));

    scope.post('/console/api/releases', { preHandler: session }, async (request, reply) => {
      if (request.consoleSession!.districtCode !== null) return reply.code(403).send({ error: 'outOfScope' });
      const body = Yml.safeParse(request.body);
      if (!body.success) return reply.code(400).send({ error: 'badRequest', field: 'yml', message: body.error.issues[0].message });
      const checked = checkLatestYml(body.data.yml);
      if (!checked.ok) return reply.code(422).send(checked);
      await store.console.saveRelease({ ...checked.release, yml: body.data.yml });
      return checked.release;
    });

    scope.put<{ Params: { version: string } }>('/console/api/releases/:version/file', { preHandler: session }, async (request, reply) => {
      if (request.consoleSession!.districtCode !== null) return reply.code(403).send({ error: 'outOfScope' });
      const release = (await store.console.releases()).find((r) => r.version === request.params.version);
      if (!release) return reply.code(404).send({ error: 'noRelease' });
      await mkdir(folder(release.version), { recursive: true });
      const target = join(folder(release.version), release.fileName);
      const partial = `${target}.part`;
      const hash = createHash('sha512');
      let size = 0;
      await pipeline(
        request.body as Readable,
        async function* (chunks: AsyncIterable<Buffer>) {
          for await (const chunk of chunks) {
            size += chunk.length;
            if (size > MAX_INSTALLER_BYTES) throw new Error('installer too large');
            hash.update(chunk);
            yield chunk;
          }
        },
        createWriteStream(partial),
      );
      const sha512 = hash.digest('base64');
      if (sha512 !== release.sha512 || size !== release.size) {
        await rm(partial, { force: true });
        return reply
          .code(422)
          .send({ error: 'installerMismatch', field: 'sha512', message: `sha512/size differ from latest.yml (${size} bytes)` });
      }
      await rename(partial, target);
      await store.console.markComplete(release.version);
      request.log.info({ login: request.consoleSession!.login, version: release.version, size }, 'update installer uploaded');
      return { ok: true, version: release.version, size };
    });

    scope.post('/console/api/rollouts', { preHandler: session }, async (request, reply) => {
      const body = Rollout.safeParse(request.body);
      if (!body.success) return reply.code(400).send({ error: 'badRequest', field: String(body.error.issues[0].path[0]) });
      if (!mayAct(request, body.data.districtCode)) return reply.code(403).send({ error: 'outOfScope' });
      const release = (await store.console.releases()).find((r) => r.version === body.data.version && r.complete);
      if (!release) return reply.code(404).send({ error: 'noRelease' });
      await store.console.rollOut(body.data.districtCode, release.version);
      request.log.info({ login: request.consoleSession!.login, ...body.data }, 'update rolled out');
      return { ok: true };
    });
  });

  // ---- the feed the PCs read ----
  app.get<{ Params: { district: string; file: string } }>(
    '/updates/:district/:file',
    { preHandler: deviceAuth },
    async (request, reply) => {
      const { district, file } = request.params;
      if (request.device!.districtCode !== district) return reply.code(403).send({ error: 'outOfScope' });
      const release = await store.console.feed(district);
      if (!release) return reply.code(404).send({ error: 'noUpdate' });
      reply.header('cache-control', 'no-store');
      if (file === 'latest.yml') return reply.type('text/yaml; charset=utf-8').send(release.yml);
      if (file !== release.fileName) return reply.code(404).send({ error: 'notFound' });
      const path = join(folder(release.version), release.fileName);
      const { size } = await stat(path);
      reply.header('accept-ranges', 'bytes').type('application/octet-stream');
      const range = /^bytes=(\d*)-(\d*)$/.exec(request.headers.range ?? '');
      if (!range || (range[1] === '' && range[2] === '')) return reply.header('content-length', size).send(createReadStream(path));
      const start = range[1] === '' ? Math.max(0, size - Number(range[2])) : Number(range[1]);
      const end = range[1] === '' || range[2] === '' ? size - 1 : Math.min(Number(range[2]), size - 1);
      if (start > end || start >= size) return reply.code(416).header('content-range', `bytes */${size}`).send();
      return reply
        .code(206)
        .header('content-range', `bytes ${start}-${end}/${size}`)
        .header('content-length', end - start + 1)
        .send(createReadStream(path, { start, end }));
    },
  );
}
