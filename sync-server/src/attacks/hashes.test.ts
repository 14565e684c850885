// Attack 2: a hash is a key. A stranger who learned the SHA-256 of another
// office's scan names it in its own case or relay and asks for the bytes; it
// probes status, relay and push to learn what exists. Files and cases are
// served only where their case is visible, and "not yours" is answered exactly
// like "does not exist".
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TestDevice } from '../testing/harness';
import { BACKENDS } from '../testing/harness';
import { useTestServer } from '../testing/use-server';
import { attempt, caseAtDistrict, district, expectUnchanged, office, pushOk, refusedCode, snapshot } from './kit';

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

describe.each(BACKENDS)('attack: a hash as a key, on %s', (backend) => {
  const server = useTestServer(backend);

  /** A scan uploaded by `device` and added to its case; returns its hash. */
  async function scanOn(device: TestDevice, caseId: string, bytes = randomBytes(20_000)): Promise<string> {
    const sha = sha256(bytes);
    const path = join(server.resources.dataDir, `${sha}.bin`);
    await writeFile(path, bytes);
    await device.uploadFile(path, sha);
    await pushOk(
      device,
      device.write(caseId, 'attachmentAdded', { sha256: sha, name: 'туу-куәлік.png', mime: 'image/png', size: bytes.length }),
    );
    return sha;
  }
  const answer = async (device: TestDevice, path: string) => {
    const r = await device.request('GET', path);
    return { status: r.status, body: r.body };
  };

  it('refuses another office’s hash in an attachmentAdded or a relay, and never serves its bytes', async () => {
    const victim = await office(server, '0101');
    const thief = await office(server, '0201');
    const victimCase = randomUUID();
    await pushOk(victim, ...victim.caseReadyToRelay(victimCase));
    const secret = await scanOn(victim, victimCase);
    const ownCase = randomUUID();
    await pushOk(thief, ...thief.caseReadyToRelay(ownCase));
    const before = await snapshot(server, [victim, thief]);

    const added = await attempt(
      thief,
      thief.write(ownCase, 'attachmentAdded', { sha256: secret, name: 'x.png', mime: 'image/png', size: 20_000 }),
    );
    expect(added.status).toBe(422);
    expect(refusedCode(added)).toBe('unknownAttachment');
    const relayed = await attempt(thief, thief.write(ownCase, 'packageRelayed', { districtCode: 'D02', attachments: [secret] }));
    expect([relayed.status, refusedCode(relayed)]).toEqual([422, 'unknownAttachment']);
    // The same answers as for a hash nobody ever uploaded.
    const nobody = sha256(randomBytes(8));
    const unknown = await attempt(
      thief,
      thief.write(ownCase, 'attachmentAdded', { sha256: nobody, name: 'x.png', mime: 'image/png', size: 20_000 }),
    );
    expect({ status: unknown.status, code: refusedCode(unknown) }).toEqual({ status: added.status, code: refusedCode(added) });

    expect(await answer(thief, `/attachments/${secret}`)).toEqual({
      status: 404,
      body: (await answer(thief, `/attachments/${nobody}`)).body,
    });
    expect((await answer(thief, `/attachments/${secret}`)).status).toBe(404);
    expect((await answer(thief, `/attachments/${secret}/status`)).body).toEqual({ sha256: secret, present: false });
    expect((await answer(thief, `/attachments/${nobody}/status`)).body).toEqual({ sha256: nobody, present: false });
    expect((await answer(victim, `/attachments/${secret}/status`)).body).toEqual({ sha256: secret, present: true, size: 20_000 });
    await expectUnchanged(server, [victim, thief], before);
  });

  it('does not let a hash named before the owner uploads it become a key later', async () => {
    const victim = await office(server, '0101');
    const thief = await office(server, '0102');
    const bytes = randomBytes(15_000);
    const early = sha256(bytes);
    const ownCase = randomUUID();
    await pushOk(thief, thief.register(ownCase));
    const r = await attempt(
      thief,
      thief.write(ownCase, 'attachmentAdded', { sha256: early, name: 'a.pdf', mime: 'application/pdf', size: 15_000 }),
    );
    expect(refusedCode(r)).toBe('unknownAttachment');
    const victimCase = randomUUID();
    await pushOk(victim, victim.register(victimCase));
    await scanOn(victim, victimCase, bytes);
    expect((await answer(thief, `/attachments/${early}`)).status).toBe(404);
    expect((await answer(thief, `/attachments/${early}/status`)).body.present).toBe(false);
  });

  it('serves a district only the files of cases delivered to it, and answers another district as if nothing existed', async () => {
    const pc = await office(server, '0101');
    const own = await district(server, 'D01');
    const foreign = await district(server, 'D02');
    const caseId = randomUUID();
    await pushOk(pc, ...pc.caseReadyToRelay(caseId));
    const scan = await scanOn(pc, caseId);
    await pushOk(pc, pc.write(caseId, 'packageRelayed', { districtCode: 'D01', attachments: [scan] }));
    const before = await snapshot(server, [pc, own, foreign]);
    expect((await answer(own, `/attachments/${scan}`)).status).toBe(200);
    const nobody = sha256(randomBytes(8));
    expect(await answer(foreign, `/attachments/${scan}`)).toEqual(await answer(foreign, `/attachments/${nobody}`));
    expect((await answer(foreign, `/attachments/${scan}/status`)).body).toEqual({ sha256: scan, present: false });
    const named = await attempt(
      foreign,
      foreign.write(caseId, 'attachmentAdded', { sha256: scan, name: 'x.png', mime: 'image/png', size: 1 }),
    );
    expect(named.status).toBe(422);
    await expectUnchanged(server, [pc, own, foreign], before);
  });

  it('answers /relay and push on another office’s case exactly as on a case that does not exist', async () => {
    const victim = await office(server, '0101');
    const thief = await office(server, '0201');
    const head = await district(server, 'D01');
    const stranger = await district(server, 'D02');
    const victimCase = randomUUID();
    await caseAtDistrict(victim, head, victimCase);
    const before = await snapshot(server, [victim, thief, head, stranger]);
    const missing = randomUUID();
    expect(await answer(thief, `/relay/${victimCase}`)).toEqual(await answer(thief, `/relay/${missing}`));
    expect((await answer(thief, `/relay/${victimCase}`)).status).toBe(404);
    expect(await answer(stranger, `/relay/${victimCase}`)).toEqual(await answer(stranger, `/relay/${missing}`));
    expect((await answer(thief, '/relay/not-a-case')).status).toBe(404);

    const probe = async (device: TestDevice, caseId: string) => {
      const r = await attempt(device, device.write(caseId, 'formReprinted', { form: 'talon' }));
      return { status: r.status, code: r.body.code, verdict: r.body.events[0].code, reason: r.body.events[0].reason };
    };
    expect(await probe(thief, victimCase)).toEqual(await probe(thief, missing));
    expect(await probe(stranger, victimCase)).toEqual(await probe(stranger, missing));
    expect(await probe(thief, victimCase)).toMatchObject({ status: 422, code: 'eventRejected', verdict: 'notRegistered' });
    await expectUnchanged(server, [victim, thief, head, stranger], before);
  });

  it('lets an office that has the same bytes upload them itself and then use them', async () => {
    const first = await office(server, '0101');
    const second = await office(server, '0201');
    const bytes = randomBytes(12_000);
    const a = randomUUID();
    const b = randomUUID();
    await pushOk(first, first.register(a));
    await pushOk(second, second.register(b));
    const sha = await scanOn(first, a, bytes);
    expect(await scanOn(second, b, bytes)).toBe(sha);
    expect((await answer(second, `/attachments/${sha}/status`)).body).toEqual({ sha256: sha, present: true, size: 12_000 });
  });

  it('answers another device’s upload in progress exactly like an upload that does not exist', async () => {
    const owner = await office(server, '0101');
    const stranger = await office(server, '0201');
    const sha = sha256(randomBytes(16));
    const created = await owner.request('POST', '/files', undefined, {
      'tus-resumable': '1.0.0',
      'upload-length': '100',
      'upload-metadata': `sha256 ${Buffer.from(sha).toString('base64')}`,
    });
    expect(created.status).toBe(201);
    const location = created.headers.get('location')!;
    const head = (device: TestDevice, path: string) =>
      device.request('HEAD', path, undefined, { 'tus-resumable': '1.0.0' }).then((r) => r.status);
    const patch = (device: TestDevice, path: string) =>
      device
        .request('PATCH', path, undefined, {
          'tus-resumable': '1.0.0',
          'upload-offset': '0',
          'content-type': 'application/offset+octet-stream',
        })
        .then((r) => ({ status: r.status, body: r.body }));
    expect(await head(owner, location)).toBe(200);
    expect(await head(stranger, location)).toBe(404);
    expect(await head(stranger, location)).toBe(await head(stranger, '/files/0123456789abcdef0123456789abcdef'));
    expect(await patch(stranger, location)).toEqual(await patch(stranger, '/files/0123456789abcdef0123456789abcdef'));
    expect(await head(owner, location)).toBe(200);
  });
});
