// The console's JSON API under /console/api: sign-in (limited per account and per
// address), then districts and offices, enrollment codes with a QR, devices,
// publications and sync health, each limited to the administrator's district when
// the account has one.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import QRCode from 'qrcode';
import { z } from 'zod';
import { planAlmatyImport } from '../admin/almaty-import';
import type { SyncStore } from '../storage/types';
import { checkPublication, PUBLICATION_KINDS } from './publications';
import { COOKIE, requireSession, sameOrigin, sessionCookie, signIn } from './session';
import { SignInLimit } from './sign-in-limit';

/** Offices without any sync for this many days are listed as silent. */
export const SILENT_DAYS = 3;
const REFERENCE = fileURLToPath(new URL('../../reference/', import.meta.url));

const Code = z
  .string()
  .trim()
  .regex(/^[0-9A-Za-z-]{1,16}$/);
const Name = z.string().trim().min(1).max(300);
const Login = z.object({ login: z.string().min(1).max(100), password: z.string().min(1).max(1000) });
const District = z.object({ code: Code, name: Name, nameRu: Name.optional() });
const Office = z.object({ code: Code, name: Name, nameRu: Name.optional(), districtCode: Code });
const CodeRequest = z.object({
  officeCode: Code.optional(),
  districtCode: Code.optional(),
  hours: z.number().int().min(1).max(720).optional(),
});
const Publication = z.object({ kind: z.enum(PUBLICATION_KINDS), data: z.unknown(), version: z.string().max(100).optional() });

function parse<T extends z.ZodType>(schema: T, body: unknown, reply: FastifyReply): z.output<T> | undefined {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  void reply.code(400).send({ error: 'badRequest', field: issue.path.join('.'), message: issue.message });
  return undefined;
}

/** The district an administrator may act in: every one for a region account, else only their own. */
export function mayAct(request: FastifyRequest, districtCode: string | undefined): boolean {
  const own = request.consoleSession!.districtCode;
  return own === null || own === districtCode;
}

export function consoleApi(app: FastifyInstance, store: SyncStore, signInLimit = new SignInLimit()): void {
  const session = requireSession(store);
  const forbidden = (reply: FastifyReply) => reply.code(403).send({ error: 'outOfScope' });

  app.post('/console/api/login', async (request, reply) => {
    if (!sameOrigin(request)) return reply.code(403).send({ error: 'csrf' });
    const body = parse(Login, request.body, reply);
    if (!body) return reply;
    // Too many failures from this address, whatever the accounts: refused before any password is checked.
    const allowed = signInLimit.attempt(request.ip);
    if (!allowed.ok) {
      request.log.warn({ ip: request.ip }, 'console sign-in refused: too many failures from this address');
      reply.header('retry-after', String(allowed.retryAfterSeconds));
      return reply.code(429).send({ error: 'tooManyAttempts', seconds: allowed.retryAfterSeconds });
    }
    const result = await signIn(store, body.login, body.password, request.protocol === 'https');
    if (result.ok) signInLimit.succeeded(request.ip);
    if (!result.ok) {
      request.log.warn({ login: body.login, reason: result.reason }, 'console sign-in refused');
      if (result.reason === 'locked') return reply.code(429).send({ error: 'locked', seconds: result.seconds });
      return reply.code(401).send({ error: 'badCredentials' });
    }
    request.log.info({ login: body.login }, 'console sign-in');
    reply.header('set-cookie', result.cookie);
    return { login: result.session.login, districtCode: result.session.districtCode, csrf: result.session.csrf };
  });

  app.post('/console/api/logout', { preHandler: session }, async (request, reply) => {
    await store.console.endSession(request.consoleSession!.idHash);
    reply.header('set-cookie', sessionCookie('', 0, request.protocol === 'https'));
    return { ok: true, cookie: COOKIE };
  });

  app.get('/console/api/session', { preHandler: session }, async (request) => {
    const s = request.consoleSession!;
    return { login: s.login, districtCode: s.districtCode, csrf: s.csrf };
  });

  app.get('/console/api/overview', { preHandler: session }, async (request) => {
    const scope = request.consoleSession!.districtCode;
    const [districts, offices, devices, publications] = await Promise.all([
      store.console.districts(scope),
      store.console.offices(scope),
      store.console.devices(scope),
      store.console.publications(),
    ]);
    const cutoff = new Date(Date.now() - SILENT_DAYS * 86_400_000).toISOString();
    const lastSync = new Map<string, string>();
    for (const d of devices) {
      if (d.revokedAt || !d.officeCode || !d.lastSeenAt) continue;
      if ((lastSync.get(d.officeCode) ?? '') < d.lastSeenAt) lastSync.set(d.officeCode, d.lastSeenAt);
    }
    const enrolledOffices = new Set(devices.filter((d) => !d.revokedAt && d.officeCode).map((d) => d.officeCode!));
    const silentOffices = offices
      .filter((o) => enrolledOffices.has(o.code) && (lastSync.get(o.code) ?? '') < cutoff)
      .map((o) => ({ code: o.code, lastSync: lastSync.get(o.code) ?? null }));
    const erroredDevices = devices.filter((d) => !d.revokedAt && (d.serverError || d.clientError)).map((d) => d.id);
    return { districts, offices, devices, publications, health: { silentDays: SILENT_DAYS, silentOffices, erroredDevices } };
  });

  app.post('/console/api/districts', { preHandler: session }, async (request, reply) => {
    const body = parse(District, request.body, reply);
    if (!body) return reply;
    if (request.consoleSession!.districtCode !== null) return forbidden(reply);
    await store.admin.createDistrict(body.code, body.name, body.nameRu);
    return { ok: true };
  });

  app.post('/console/api/offices', { preHandler: session }, async (request, reply) => {
    const body = parse(Office, request.body, reply);
    if (!body) return reply;
    const current = await store.console.officeDistrict(body.code);
    if (!mayAct(request, body.districtCode) || (current && !mayAct(request, current))) return forbidden(reply);
    try {
      await store.admin.createOffice(body.code, body.name, body.districtCode, body.nameRu);
    } catch (error) {
      return reply.code(400).send({ error: 'noDistrict', message: error instanceof Error ? error.message : String(error) });
    }
    return { ok: true };
  });

  app.post('/console/api/import-almaty', { preHandler: session }, async (request, reply) => {
    if (request.consoleSession!.districtCode !== null) return forbidden(reply);
    const plan = planAlmatyImport(
      readFileSync(`${REFERENCE}almaty-district-departments.csv`, 'utf8'),
      readFileSync(`${REFERENCE}almaty-village-akimats.csv`, 'utf8'),
    );
    for (const d of plan.districts) await store.admin.createDistrict(d.code, d.name, d.nameRu);
    for (const o of plan.offices) await store.admin.createOffice(o.code, o.name, o.districtCode, o.nameRu);
    return { districts: plan.districts.length, offices: plan.offices.length, unmatched: plan.unmatched };
  });

  app.post('/console/api/codes', { preHandler: session }, async (request, reply) => {
    const body = parse(CodeRequest, request.body, reply);
    if (!body) return reply;
    if (Boolean(body.officeCode) === Boolean(body.districtCode)) return reply.code(400).send({ error: 'codeTarget' });
    const district = body.officeCode ? await store.console.officeDistrict(body.officeCode) : body.districtCode;
    if (!district) return reply.code(400).send({ error: 'noOffice' });
    if (!mayAct(request, district)) return forbidden(reply);
    const hours = body.hours ?? 168;
    const code = await store.admin.issueEnrollmentCode({ officeCode: body.officeCode, districtCode: body.districtCode }, hours);
    const server = `${request.protocol}://${request.headers.host}`;
    // What the PC's setup screen reads from the QR: the server to enroll with and the one-time code.
    const qrText = JSON.stringify({ akimatDesk: 'enroll', server, code });
    const qr = await QRCode.toDataURL(qrText, { errorCorrectionLevel: 'M', margin: 2, scale: 6 });
    request.log.info({ login: request.consoleSession!.login, target: body.officeCode ?? body.districtCode }, 'enrollment code issued');
    return { code, server, hours, target: body.officeCode ?? body.districtCode, qr, qrText };
  });

  app.post<{ Params: { id: string } }>('/console/api/devices/:id/revoke', { preHandler: session }, async (request, reply) => {
    const device = (await store.console.devices(request.consoleSession!.districtCode)).find((d) => d.id === request.params.id);
    if (!device) return forbidden(reply);
    const revoked = await store.devices.revoke(device.id);
    request.log.info({ login: request.consoleSession!.login, deviceId: device.id, revoked }, 'device revoked in console');
    return { revoked };
  });

  app.post('/console/api/publications/check', { preHandler: session }, async (request, reply) => {
    const body = parse(Publication, request.body, reply);
    if (!body) return reply;
    const checked = checkPublication(body.kind, body.data, body.version);
    return checked.ok ? { ok: true, version: checked.version } : checked;
  });

  app.post('/console/api/publications', { preHandler: session }, async (request, reply) => {
    const body = parse(Publication, request.body, reply);
    if (!body) return reply;
    // A publication reaches every PC of the region: only a region administrator publishes.
    if (request.consoleSession!.districtCode !== null) return forbidden(reply);
    const checked = checkPublication(body.kind, body.data, body.version);
    if (!checked.ok) return reply.code(422).send(checked);
    const published = (await store.console.publications()).some((p) => p.kind === body.kind && p.version === checked.version);
    if (published) return reply.code(409).send({ error: 'versionExists', field: 'version', message: checked.version });
    const seq = await store.admin.publish(body.kind, checked.version, checked.data);
    request.log.info({ login: request.consoleSession!.login, kind: body.kind, version: checked.version }, 'published in console');
    return { ok: true, seq, version: checked.version };
  });
}
