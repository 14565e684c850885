// GET /s/:code — the public status page a citizen's phone opens from the talon's
// QR code. The short code is the only key; the page shows the service, the
// status and the date of the result, and when the office last synced — no
// name, no IIN, nothing else. Rate-limited per address; an unknown code gets the
// same page whatever the reason (no such case, a malformed code, a shared code).
import type { FastifyInstance, FastifyReply } from 'fastify';
import { foldCase } from '../../../shared/case/fold';
import { normaliseShortCode } from '../../../shared/case/short-code';
import { findEntry } from '../../../shared/catalog';
import { TokenBucketLimiter } from '../http/rate-limit';
import type { SyncStore } from '../storage/types';
import { STATUS_PAGE_TEXTS, type StatusPageLanguage, type StatusPageTexts } from './status-page-texts';

/** A phone scanning twice a minute never notices; a script walking codes does. */
export const STATUS_PAGE_RATE = { perSecond: 0.2, burst: 10 };

export function statusPageRoutes(
  app: FastifyInstance,
  store: SyncStore,
  limiter = new TokenBucketLimiter(STATUS_PAGE_RATE.perSecond, STATUS_PAGE_RATE.burst),
): void {
  app.get<{ Params: { code: string }; Querystring: { lang?: string } }>('/s/:code', async (request, reply) => {
    const lang = pickLanguage(request.query.lang, request.headers['accept-language']);
    const texts = STATUS_PAGE_TEXTS[lang];
    const self = `/s/${encodeURIComponent(request.params.code)}`;
    const rate = limiter.take(`status-page:${request.ip}`);
    if (!rate.ok) {
      reply.header('retry-after', String(rate.retryAfterSeconds));
      return send(reply, 429, page(lang, texts, self, texts.tooManyTitle, `<p>${texts.tooManyBody}</p>`));
    }
    const code = normaliseShortCode(request.params.code);
    const found = code ? await store.status.byShortCode(code) : null;
    const state = found && foldCase(found.events);
    if (!found || !state) return send(reply, 404, page(lang, texts, self, texts.unknownTitle, `<p>${texts.unknownBody}</p>`));
    const service = findEntry(state.entryId)?.title[lang] ?? state.entryId;
    const rows: Array<[string, string]> = [
      [texts.service, service],
      [texts.status, texts.statuses[state.status]],
    ];
    if (state.resultDate) rows.push([texts.resultDate, printedDate(state.resultDate)]);
    const synced = found.officeLastPushAt
      ? `<p class="sync">${texts.officeSynced}: ${escapeHtml(printedMoment(found.officeLastPushAt))}. ${texts.syncNote}</p>`
      : `<p class="sync">${texts.officeNeverSynced}.</p>`;
    const table = rows.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`).join('');
    return send(reply, 200, page(lang, texts, self, texts.title, `<p class="code">${code}</p><dl>${table}</dl>${synced}`));
  });
}

function pickLanguage(asked: string | undefined, accept: string | undefined): StatusPageLanguage {
  if (asked === 'kk' || asked === 'ru') return asked;
  return /^\s*ru\b/i.test(accept ?? '') ? 'ru' : 'kk';
}

function send(reply: FastifyReply, status: number, html: string): FastifyReply {
  return reply
    .code(status)
    .header('content-type', 'text/html; charset=utf-8')
    .header('cache-control', 'no-store')
    .header('referrer-policy', 'no-referrer')
    .header('x-robots-tag', 'noindex')
    .header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'")
    .send(html);
}

function page(lang: StatusPageLanguage, texts: StatusPageTexts, self: string, heading: string, body: string): string {
  const other: StatusPageLanguage = lang === 'kk' ? 'ru' : 'kk';
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(heading)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:1.5rem auto;padding:0 1rem;line-height:1.4}
dt{color:#555;font-size:.9rem;margin-top:.8rem}dd{margin:0;font-size:1.1rem}.code{font-family:monospace;font-size:1.2rem}
.sync{color:#555;font-size:.9rem;margin-top:1.5rem}nav{text-align:right}</style></head>
<body><nav><a href="${self}?lang=${other}" hreflang="${other}">${texts.switchTo}</a></nav>
<h1>${escapeHtml(heading)}</h1>${body}</body></html>`;
}

/** "2026-03-17" → "17.03.2026" */
function printedDate(date: string): string {
  const [y, m, d] = date.split('-');
  return `${d}.${m}.${y}`;
}

/** A server moment in the offices' time (Kazakhstan, UTC+5): "17.03.2026 14:05". */
function printedMoment(iso: string): string {
  const local = new Date(Date.parse(iso) + 5 * 3600_000).toISOString();
  return `${printedDate(local.slice(0, 10))} ${local.slice(11, 16)}`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}
