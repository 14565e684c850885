// Publications (catalog, calendar, thresholds: check, then publish; history) and update releases.
import { h, nameIn, on, options, say, status, table, when } from './dom.js';

async function readJson(input) {
  const file = input.files?.[0];
  if (!file) return { ok: false, message: '—' };
  try {
    return { ok: true, data: JSON.parse(await file.text()) };
  } catch (error) {
    return { ok: false, message: String(error.message ?? error) };
  }
}

export function publicationsView(ctx) {
  const { state, t, api, problem, reload, render } = ctx;
  const region = state.session.districtCode === null;
  const line = status('pub-result');
  const kind = h(
    'select',
    { 'data-testid': 'pub-kind' },
    options(
      [
        ['catalog', t('kindCatalog')],
        ['calendar', t('kindCalendar')],
        ['thresholds', t('kindThresholds')],
      ],
      'calendar',
    ),
  );
  const file = h('input', { type: 'file', accept: '.json,application/json', 'data-testid': 'pub-file' });
  const check = h('button', { type: 'button', 'data-testid': 'pub-check' }, t('check'));
  const publish = h('button', { type: 'button', disabled: true, 'data-testid': 'pub-publish' }, t('publish'));
  let checked;
  const reset = () => {
    checked = undefined;
    publish.disabled = true;
  };
  on(kind, 'change', reset);
  on(file, 'change', reset);
  on(check, 'click', async () => {
    reset();
    const json = await readJson(file);
    if (!json.ok) return say(line, t('notJson', { message: json.message }), false);
    const answer = await api('POST', '/console/api/publications/check', { kind: kind.value, data: json.data });
    if (!answer.ok) return say(line, problem(answer), false);
    if (!answer.body.ok) return say(line, t('checkFailed', answer.body), false);
    checked = { kind: kind.value, data: json.data };
    publish.disabled = false;
    say(line, t('checkOk', answer.body), true);
  });
  on(publish, 'click', async () => {
    if (!checked) return;
    const answer = await api('POST', '/console/api/publications', checked);
    if (!answer.ok) return say(line, answer.body?.field ? t('checkFailed', answer.body) : problem(answer), false);
    await reload();
    render();
    say(document.querySelector('[data-testid="pub-result"]'), t('publishedOk', answer.body), true);
  });
  const rows = state.data.publications.map((p) =>
    h(
      'tr',
      {},
      h('td', {}, p.seq),
      h('td', {}, t(`kind${p.kind[0].toUpperCase()}${p.kind.slice(1)}`)),
      h('td', {}, p.version),
      h('td', {}, when(p.publishedAt)),
    ),
  );
  return [
    region
      ? h('div', { class: 'row' }, h('label', {}, t('kind'), kind), h('label', {}, t('file'), file), check, publish)
      : h('p', {}, t('regionOnly')),
    line,
    h('h2', {}, t('history')),
    table(['№', t('kind'), t('version'), t('publishedAt')], rows, 'pub-history'),
  ];
}

export function updatesView(ctx) {
  const { state, t, api, problem, reload, render } = ctx;
  const region = state.session.districtCode === null;
  const line = status('updates-message');
  const yml = h('input', { type: 'file', accept: '.yml,.yaml', 'data-testid': 'release-yml' });
  const installer = h('input', { type: 'file', 'data-testid': 'release-installer' });
  const upload = on(h('button', { type: 'button', 'data-testid': 'release-upload' }, t('upload')), 'click', async () => {
    const ymlFile = yml.files?.[0];
    const installerFile = installer.files?.[0];
    if (!ymlFile || !installerFile) return;
    const created = await api('POST', '/console/api/releases', { yml: await ymlFile.text() });
    if (!created.ok) return say(line, created.body?.field ? t('checkFailed', created.body) : problem(created), false);
    const put = await api(
      'PUT',
      `/console/api/releases/${encodeURIComponent(created.body.version)}/file`,
      installerFile,
      'application/octet-stream',
    );
    if (!put.ok) return say(line, put.body?.field ? t('checkFailed', put.body) : problem(put), false);
    await reload();
    render();
    say(document.querySelector('[data-testid="updates-message"]'), t('uploadedOk', put.body), true);
  });
  const complete = state.data.releases.filter((r) => r.complete);
  const district = h(
    'select',
    { 'data-testid': 'rollout-district' },
    options(state.data.districts.map((d) => [d.code, `${d.code} ${nameIn(state.lang, d)}`])),
  );
  const version = h('select', { 'data-testid': 'rollout-version' }, options(complete.map((r) => [r.version, r.version])));
  const rollOut = on(
    h('button', { type: 'button', 'data-testid': 'rollout-submit', disabled: complete.length === 0 }, t('rollOut')),
    'click',
    async () => {
      const answer = await api('POST', '/console/api/rollouts', { districtCode: district.value, version: version.value });
      if (!answer.ok) return say(line, problem(answer), false);
      await reload();
      render();
    },
  );
  const releaseRows = state.data.releases.map((r) =>
    h(
      'tr',
      {},
      h('td', {}, r.version),
      h('td', {}, r.fileName),
      h('td', {}, `${(r.size / 1048576).toFixed(1)} MB`),
      h('td', {}, when(r.uploadedAt)),
      h('td', {}, r.complete ? t('complete') : t('incomplete')),
    ),
  );
  const rolloutRows = state.data.rollouts.map((r) =>
    h('tr', {}, h('td', {}, r.districtCode), h('td', {}, r.version), h('td', {}, when(r.rolledOutAt))),
  );
  return [
    region ? h('div', { class: 'row' }, h('label', {}, t('latestYml'), yml), h('label', {}, t('installer'), installer), upload) : '',
    line,
    h('h2', {}, t('releases')),
    table([t('version'), t('installer'), t('size'), t('uploadedAt'), t('status')], releaseRows, 'releases-table'),
    h('h2', {}, t('rollOut')),
    h('div', { class: 'row' }, h('label', {}, t('district'), district), h('label', {}, t('version'), version), rollOut),
    table([t('district'), t('version'), t('rolledOut')], rolloutRows, 'rollouts-table'),
  ];
}
