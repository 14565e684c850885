// The console's sections, each drawn from the overview the API returned.
import { h, on, say, status, table, when } from './dom.js';
import { publicationsView, updatesView } from './publish.js';
import { codesView, officesView } from './units.js';

export { h };

function healthView({ state, t }) {
  const { health, offices, devices } = state.data;
  const officeName = new Map(offices.map((o) => [o.code, state.lang === 'ru' && o.nameRu ? o.nameRu : o.name]));
  const silent = health.silentOffices.map((o) =>
    h('li', {}, `${o.code} ${officeName.get(o.code) ?? ''} — ${t('lastSeen')}: ${o.lastSync ? when(o.lastSync) : t('never')}`),
  );
  const errored = devices
    .filter((d) => health.erroredDevices.includes(d.id))
    .map((d) => h('li', {}, `${d.id}: ${[d.serverError, d.clientError].filter(Boolean).join(' · ')}`));
  return [
    h('h2', {}, t('silentOffices', { days: health.silentDays })),
    silent.length ? h('ul', { 'data-testid': 'health-silent' }, silent) : h('p', { class: 'ok' }, t('allQuiet')),
    h('h2', {}, t('erroredDevices')),
    errored.length ? h('ul', { 'data-testid': 'health-errors' }, errored) : h('p', { class: 'ok' }, t('allQuiet')),
  ];
}

/** Device clock minus server clock, in words: "+12 min", "-3 s". */
function skew(ms, t) {
  if (ms === null || ms === undefined) return '';
  const minutes = Math.round(ms / 60000);
  const sign = (n) => (n > 0 ? `+${n}` : String(n));
  return Math.abs(minutes) >= 1 ? t('skewMinutes', { n: sign(minutes) }) : t('skewSeconds', { n: sign(Math.round(ms / 1000)) });
}

const GB = 1024 ** 3;
const MB = 1024 ** 2;

/** Bytes in words, one decimal with the comma both kk and ru write (not Intl: a browser may lack kk): "12,3 МБ", "2,0 ГБ". */
function bytes(n, t) {
  const number = (x) => x.toFixed(1).replace('.', ',');
  // A figure and its unit never part at a line break.
  const say = (key, x) => t(key, { n: number(x) }).replace(/ /g, '\u00a0');
  if (n >= GB) return say('sizeGb', n / GB);
  if (n >= MB) return say('sizeMb', n / MB);
  return say('sizeKb', n / 1024);
}

/** What the PC's app data uses of the browser's quota; marked when little is left. */
function storageCell(d, t) {
  if (d.storageUsedBytes === null || d.storageUsedBytes === undefined)
    return h('td', { class: 'storage', 'data-testid': 'device-storage' });
  const quota = d.storageQuotaBytes ?? 0;
  const high = quota > 0 && d.storageUsedBytes / quota >= 0.8;
  const text = t('storageOf', { used: bytes(d.storageUsedBytes, t), quota: quota > 0 ? bytes(quota, t) : '?' });
  return h(
    'td',
    { 'data-testid': 'device-storage', class: high ? 'storage high' : 'storage', title: high ? t('storageHigh') : undefined },
    text,
  );
}

/** The PC's last errors as it reported them, newest first, folded under the last error. */
function recentErrors(d, t) {
  if (!d.recentErrors?.length) return '';
  const items = d.recentErrors.map((e) => h('li', {}, [when(e.at), e.screen, e.message].filter(Boolean).join(' · ')));
  return h(
    'details',
    { class: 'recent-errors', 'data-testid': 'device-recent-errors' },
    h('summary', {}, t('recentErrors', { n: d.recentErrors.length })),
    h('ol', {}, items),
  );
}

function devicesView(ctx) {
  const { state, t, api, problem, reload, render } = ctx;
  const line = status('devices-message');
  const rows = state.data.devices.map((d) => {
    let action = '';
    if (!d.revokedAt) {
      action = on(h('button', { type: 'button', class: 'danger', 'data-testid': `revoke-${d.id}` }, t('revoke')), 'click', async () => {
        if (!window.confirm(t('confirmRevoke', { id: d.id }))) return;
        const answer = await api('POST', `/console/api/devices/${encodeURIComponent(d.id)}/revoke`, {});
        if (!answer.ok) return say(line, problem(answer), false);
        await reload();
        render();
      });
    }
    const error = [d.serverError, d.clientError].filter(Boolean).join(' · ');
    return h(
      'tr',
      { 'data-testid': `device-${d.id}`, class: d.revokedAt ? 'revoked' : error ? 'warn' : '' },
      h('td', {}, d.id, d.name ? h('small', {}, ` ${d.name}`) : ''),
      h('td', {}, d.officeCode ?? d.districtCode),
      h('td', {}, d.letter),
      h('td', { 'data-testid': 'device-version' }, d.appVersion ?? ''),
      h('td', {}, d.lastSeenAt ? when(d.lastSeenAt) : t('never')),
      h('td', { 'data-testid': 'device-pending' }, d.pendingEvents ?? ''),
      storageCell(d, t),
      h('td', {}, skew(d.clockSkewMs, t)),
      h('td', {}, h('span', { 'data-testid': 'device-error' }, error), recentErrors(d, t)),
      h('td', { 'data-testid': 'device-status' }, d.revokedAt ? t('revokedAt', { at: when(d.revokedAt) }) : t('active')),
      h('td', {}, action),
    );
  });
  if (rows.length === 0) return h('p', {}, t('noDevices'));
  const headers = [
    'device',
    'office',
    'letter',
    'appVersion',
    'lastSeen',
    'pending',
    'storage',
    'clockSkew',
    'lastError',
    'status',
    '',
  ].map((k) => (k ? t(k) : ''));
  return [table(headers, rows, 'devices-table'), line];
}

export const VIEWS = {
  health: { title: 'tabHealth', draw: healthView },
  offices: { title: 'tabOffices', draw: officesView },
  codes: { title: 'tabCodes', draw: codesView },
  devices: { title: 'tabDevices', draw: devicesView },
  publications: { title: 'tabPublications', draw: publicationsView },
  updates: { title: 'tabUpdates', draw: updatesView },
};
