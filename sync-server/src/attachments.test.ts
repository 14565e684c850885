// Attachments on every database with every attachment store (DATA_DIR/files and
// an S3 bucket): upload, the relay that waits for them, and a refused hash.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { Upload } from '@tus/server';
import { describe, expect, it } from 'vitest';
import type { AttachmentStatus } from '../../shared/sync/protocol';
import { sha256OfStream } from './attachments/content-store';
import { openAttachmentStore } from './attachments/open';
import { SyncClient } from './testing/client';
import { ATTACHMENT_SETUPS, setupName, startServer, TestDevice, testConfig } from './testing/harness';
import { useTestServer } from './testing/use-server';

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

describe.each(ATTACHMENT_SETUPS.map((setup) => ({ ...setup, name: setupName(setup) })))(
  'attachments on $name',
  ({ backend, attachments }) => {
    const server = useTestServer(backend, attachments);

    const office = (officeCode = '0101') => TestDevice.enroll(server.url, server.store, { officeCode });
    const district = (districtCode = 'D01') => TestDevice.enroll(server.url, server.store, { districtCode });
    const fileOf = async (bytes: Buffer) => {
      const path = join(server.resources.dataDir, `scan-${randomUUID()}.bin`);
      await writeFile(path, bytes);
      return path;
    };

    it('names its database and attachment store in /health', async () => {
      const r = await new SyncClient(server.url).request('GET', '/health');
      expect(r.body).toMatchObject({ ok: true, storage: `${backend}+${attachments}` });
    });

    it('stores an uploaded scan by its hash in the chosen store, once, and serves it back', async () => {
      const a = await office();
      const bytes = randomBytes(300_000);
      const sha = sha256(bytes);
      const path = await fileOf(bytes);
      const before = await server.store.counts();
      await a.uploadFile(path, sha, { chunkSize: 64 * 1024 });
      await a.uploadFile(path, sha);
      expect((await a.request('GET', `/attachments/${sha}/status`)).body).toEqual({ sha256: sha, present: true, size: bytes.length });
      expect(await sha256OfStream(await server.attachments.files.read(sha))).toEqual({ sha256: sha, size: bytes.length });
      // Both uploads were filed and forgotten: no upload is left in the store.
      expect(await server.attachments.files.listUploads()).toEqual([]);
      // With S3 nothing lands on the server's disk.
      expect(existsSync(join(server.resources.dataDir, 'files'))).toBe(attachments === 'files');
      expect((await server.store.counts()).attachments - before.attachments).toBe(1);
    });

    it('takes a relay only once its scans are uploaded, delivers it to its district at once, and brings the result back', async () => {
      const a = await office('0102');
      const districtOne = await district('D01');
      const districtTwo = await district('D02');
      const scans = [randomBytes(50_000), randomBytes(70_000)];
      const hashes = scans.map(sha256);
      const caseId = randomUUID();
      a.queue(
        ...a.caseReadyToRelay(caseId),
        a.write(caseId, 'attachmentAdded', { sha256: hashes[0], name: 'өтініш.pdf', mime: 'application/pdf', size: scans[0].length }),
        a.write(caseId, 'packageRelayed', { districtCode: 'D01', attachments: hashes }),
      );
      // The PC uploads before it pushes; a package naming a scan the server does not have from this office is refused whole.
      const before = await server.store.counts();
      const early = await a.pushOnce();
      expect(early.status).toBe(422);
      expect(early.body).toMatchObject({ code: 'unknownAttachment', message: { kk: expect.any(String), ru: expect.any(String) } });
      expect(await server.store.counts()).toEqual(before);

      const files = await Promise.all(scans.map(fileOf));
      await a.uploadFile(files[0], hashes[0]);
      expect((await a.pushOnce()).body.events.find((e: { state: string }) => e.state === 'refused').code).toBe('unknownAttachment');
      await a.uploadFile(files[1], hashes[1]);
      await a.pushAll();
      expect((await a.request('GET', `/relay/${caseId}`)).body).toEqual({ caseId, state: 'delivered', districtCode: 'D01', missing: [] });
      await districtOne.pullAll();
      expect([...districtOne.pulled.values()].filter((e) => e.caseId === caseId)).toHaveLength(6);
      const download = await fetch(`${server.url}/attachments/${hashes[1]}`, { headers: { authorization: `Bearer ${districtOne.token}` } });
      expect(sha256(Buffer.from(await download.arrayBuffer()))).toBe(hashes[1]);
      // Another district: the file and the case are answered as if they did not exist.
      expect((await districtTwo.request('GET', `/attachments/${hashes[1]}`)).status).toBe(404);
      expect((await districtTwo.request('GET', `/relay/${caseId}`)).status).toBe(404);
      await districtTwo.pullAll();
      expect([...districtTwo.pulled.values()].filter((e) => e.caseId === caseId)).toHaveLength(0);

      // The district's results flow back to the office.
      districtOne.queue(
        districtOne.write(caseId, 'receivedByDistrict', { incomingNumber: 'К-17', incomingDate: '2026-11-25' }),
        districtOne.write(caseId, 'decided', { outcome: 'notification', amount: 42_000, outgoingNumber: 'Ш-5', signedBy: 'Бөлім басшысы' }),
      );
      await districtOne.pushAll();
      await a.pullAll();
      const atOffice = [...a.pulled.values()].filter((e) => e.caseId === caseId);
      expect(atOffice.map((e) => e.type)).toContain('decided');
      expect(atOffice).toHaveLength(8);
    });

    it('refuses an attachment whose bytes do not match its declared SHA-256 and keeps nothing of it', async () => {
      const a = await office();
      const bytes = randomBytes(30_000);
      const declared = sha256(randomBytes(10));
      const path = await fileOf(bytes);
      const before = await server.store.counts();
      const error = await a.uploadFile(path, declared, { retryDelays: [] }).then(
        () => null,
        (e: Error) => e,
      );
      expect(String(error)).toContain('460');
      expect(String(error)).toContain('hashMismatch');
      expect((await a.request('GET', `/attachments/${declared}/status`)).body).toEqual({ sha256: declared, present: false });
      expect((await a.request<AttachmentStatus>('GET', `/attachments/${sha256(bytes)}/status`)).body.present).toBe(false);
      expect(await server.store.counts()).toEqual(before);
      expect(await server.attachments.files.has(sha256(bytes))).toBe(false);
      expect(await server.attachments.files.listUploads()).toEqual([]);
    });

    it('verifies at start-up the uploads whose last byte arrived just before a crash, deleting one that does not match', async () => {
      const deviceId = (await office()).deviceId;
      const files = openAttachmentStore(testConfig(server.resources));
      const good = randomBytes(40_000);
      const bad = randomBytes(20_000);
      // What a server killed between the last byte and its check leaves behind.
      for (const [bytes, declared] of [
        [good, sha256(good)],
        [bad, sha256(randomBytes(10))],
      ] as const) {
        const upload = new Upload({
          id: randomBytes(16).toString('hex'),
          size: bytes.length,
          offset: 0,
          metadata: { sha256: declared, deviceId },
        });
        await files.datastore.create(upload);
        await files.datastore.write(Readable.from([bytes]), upload.id, 0);
      }
      expect(await files.listUploads()).toHaveLength(2);

      const restarted = await startServer(server.resources);
      try {
        expect(await restarted.store.attachments.has(sha256(good))).toMatchObject({ size: good.length });
        expect(await sha256OfStream(await files.read(sha256(good)))).toEqual({ sha256: sha256(good), size: good.length });
        expect(await restarted.store.attachments.has(sha256(bad))).toBeFalsy();
        expect(await files.has(sha256(bad))).toBe(false);
        expect(await files.listUploads()).toEqual([]);
      } finally {
        await restarted.close();
      }
    });
  },
);
