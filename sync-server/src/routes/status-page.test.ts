// GET /s/:code: the public status page behind the talon's QR code, on SQLite and PostgreSQL.
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { caseShortCode } from '../../../shared/case/short-code';
import { findEntry } from '../../../shared/catalog';
import { newCaseId, registeredEvent, testApplicant } from '../../../shared/testing/case-events';
import { TokenBucketLimiter } from '../http/rate-limit';
import { BACKENDS, TestDevice } from '../testing/harness';
import { useTestServer } from '../testing/use-server';
import { STATUS_PAGE_TEXTS } from './status-page-texts';
import { statusPageRoutes } from './status-page';

const entry = findEntry('kzo-590-2014/child-benefit-under-18')!;

describe.each(BACKENDS)('the public status page on %s', (backend) => {
  const server = useTestServer(backend);
  const get = async (path: string, headers: Record<string, string> = {}) => {
    const res = await fetch(server.url + path, { headers });
    return { status: res.status, html: await res.text(), headers: res.headers };
  };

  async function pushedCase() {
    const device = await TestDevice.enroll(server.url, server.store, { officeCode: '0101' });
    const caseId = newCaseId();
    const registered = registeredEvent({ caseId, device: device.deviceId, office: '0101', nextSeq: () => 0 }, '2026-11-23T10:00', entry);
    device.queue(device.write(caseId, 'registered', registered.payload, '2026-11-23T10:00'));
    device.queue(device.write(caseId, 'sentToCommission', {}, '2026-11-24T10:00'));
    await device.pushAll();
    return { caseId, code: caseShortCode(caseId), resultDate: registered.payload.resultDate };
  }

  it('shows the service, the status, the result date and the office sync time, and no name or IIN', async () => {
    const { code, resultDate } = await pushedCase();
    const [y, m, d] = resultDate.split('-');
    const page = await get(`/s/${code}`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('cache-control')).toBe('no-store');
    expect(page.html).toContain(entry.title.kk);
    expect(page.html).toContain(STATUS_PAGE_TEXTS.kk.statuses.atCommission);
    expect(page.html).toContain(`${d}.${m}.${y}`);
    expect(page.html).toContain(STATUS_PAGE_TEXTS.kk.officeSynced);
    for (const secret of [testApplicant.surname, testApplicant.name, testApplicant.iin, testApplicant.phone, testApplicant.address])
      expect(page.html).not.toContain(secret);

    const ru = await get(`/s/${code.toLowerCase().replace('-', '')}?lang=ru`);
    expect(ru.status).toBe(200);
    expect(ru.html).toContain(entry.title.ru);
    expect(ru.html).toContain(STATUS_PAGE_TEXTS.ru.statuses.atCommission);
    expect(ru.html).toContain('?lang=kk');
    expect(ru.html).not.toContain(testApplicant.surname);
    expect(ru.html).not.toContain(testApplicant.iin);
  });

  it('says a code is unknown, revealing nothing, for an unknown or malformed code', async () => {
    for (const path of ['/s/ZZZZ-ZZZZ', '/s/not-a-code', `/s/${testApplicant.iin}`]) {
      const page = await get(path, { 'accept-language': 'ru-RU,ru;q=0.9' });
      expect(page.status).toBe(404);
      expect(page.html).toContain(STATUS_PAGE_TEXTS.ru.unknownTitle);
      expect(page.html).not.toContain(STATUS_PAGE_TEXTS.ru.service);
    }
  });

  it('limits requests per address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await get('/s/ZZZZ-ZZZZ')).status);
    expect(statuses).toContain(429);
    const limited = await get('/s/ZZZZ-ZZZZ');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(limited.html).toContain(STATUS_PAGE_TEXTS.kk.tooManyTitle);

    // Another address keeps its own budget.
    const app = Fastify();
    statusPageRoutes(app, server.store, new TokenBucketLimiter(0.001, 2));
    const from = (remoteAddress: string) => app.inject({ method: 'GET', url: '/s/ZZZZ-ZZZZ', remoteAddress });
    expect([(await from('10.0.0.1')).statusCode, (await from('10.0.0.1')).statusCode, (await from('10.0.0.1')).statusCode]).toEqual([
      404, 404, 429,
    ]);
    expect((await from('10.0.0.2')).statusCode).toBe(404);
    await app.close();
  });
});

describe('the status page texts', () => {
  it('have the same keys and every status in Kazakh and Russian, none empty, none left untranslated', () => {
    const { kk, ru } = STATUS_PAGE_TEXTS;
    expect(Object.keys(kk).sort()).toEqual(Object.keys(ru).sort());
    expect(Object.keys(kk.statuses).sort()).toEqual(Object.keys(ru.statuses).sort());
    const flat = (t: typeof kk) => [...Object.values(t).filter((v) => typeof v === 'string'), ...Object.values(t.statuses)];
    const [k, r] = [flat(kk), flat(ru)];
    expect(k.length).toBe(r.length);
    k.forEach((text, i) => {
      expect(text.trim()).not.toBe('');
      expect(r[i].trim()).not.toBe('');
      expect(text).not.toBe(r[i]);
    });
  });
});
