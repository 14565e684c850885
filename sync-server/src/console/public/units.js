// Districts and offices (add, rename in kk/ru, import the Almaty directory) and enrollment codes with a QR.
import { h, nameIn, on, options, say, status, table } from './dom.js';

function field(label, input) {
  return h('label', {}, label, input);
}

function unitForm(ctx, kind, line) {
  const { state, t, api, problem, reload, render } = ctx;
  const code = h('input', { name: 'code', required: true, size: 8, 'data-testid': `${kind}-code` });
  const name = h('input', { name: 'name', required: true, size: 40, 'data-testid': `${kind}-name` });
  const nameRu = h('input', { name: 'nameRu', size: 40, 'data-testid': `${kind}-name-ru` });
  const district = h(
    'select',
    { name: 'districtCode', 'data-testid': `${kind}-district` },
    options(state.data.districts.map((d) => [d.code, `${d.code} ${nameIn(state.lang, d)}`])),
  );
  const form = h(
    'form',
    { class: 'row', 'data-testid': `${kind}-form` },
    field(t('code'), code),
    field(t('nameKk'), name),
    field(t('nameRu'), nameRu),
    kind === 'office' ? field(t('district'), district) : '',
    h('button', { type: 'submit' }, t('save')),
  );
  on(form, 'submit', async (event) => {
    event.preventDefault();
    const body = { code: code.value, name: name.value, ...(nameRu.value.trim() ? { nameRu: nameRu.value } : {}) };
    if (kind === 'office') body.districtCode = district.value;
    const answer = await api('POST', `/console/api/${kind === 'office' ? 'offices' : 'districts'}`, body);
    if (!answer.ok) return say(line, problem(answer), false);
    await reload();
    render();
  });
  /** Fills the form with a row to rename it. */
  form.fill = (row) => {
    code.value = row.code;
    name.value = row.name;
    nameRu.value = row.nameRu ?? '';
    if (row.districtCode) district.value = row.districtCode;
    const details = form.closest('details');
    if (details) details.open = true;
    name.focus();
  };
  return form;
}

export function officesView(ctx) {
  const { state, t, api, problem, reload, render } = ctx;
  const region = state.session.districtCode === null;
  const line = status('offices-message');
  const officeForm = unitForm(ctx, 'office', line);
  const districtForm = region ? unitForm(ctx, 'district', line) : null;
  const edit = (form, row) =>
    on(h('button', { type: 'button', class: 'link', 'data-testid': `edit-${row.code}` }, t('edit')), 'click', () => form.fill(row));
  const districtRows = state.data.districts.map((d) =>
    h(
      'tr',
      {},
      h('td', {}, d.code),
      h('td', {}, d.name),
      h('td', {}, d.nameRu ?? ''),
      h('td', {}, districtForm ? edit(districtForm, d) : ''),
    ),
  );
  const officeRows = state.data.offices.map((o) =>
    h(
      'tr',
      { 'data-testid': `office-${o.code}` },
      h('td', {}, o.code),
      h('td', {}, o.name),
      h('td', {}, o.nameRu ?? ''),
      h('td', {}, o.districtCode),
      h('td', {}, edit(officeForm, o)),
    ),
  );
  const importButton = region
    ? on(h('button', { type: 'button', 'data-testid': 'import-almaty' }, t('importAlmaty')), 'click', async () => {
        const answer = await api('POST', '/console/api/import-almaty', {});
        if (!answer.ok) return say(line, problem(answer), false);
        await reload();
        render();
        say(document.querySelector('[data-testid="offices-message"]'), t('imported', answer.body), true);
      })
    : '';
  return [
    h('div', { class: 'actions' }, importButton),
    line,
    h('h2', {}, t('districts')),
    districtForm ? h('details', {}, h('summary', {}, t('addDistrict')), districtForm) : '',
    table([t('code'), t('nameKk'), t('nameRu'), ''], districtRows, 'districts-table'),
    h('h2', {}, t('offices')),
    h('details', {}, h('summary', {}, t('addOffice')), officeForm),
    table([t('code'), t('nameKk'), t('nameRu'), t('district'), ''], officeRows, 'offices-table'),
  ];
}

export function codesView(ctx) {
  const { state, t, api, problem } = ctx;
  const line = status('codes-message');
  const card = h('div', { class: 'code-card', hidden: true, 'data-testid': 'code-card' });
  const targets = [
    ...state.data.offices.map((o) => [`office:${o.code}`, `${o.code} ${nameIn(state.lang, o)}`]),
    ...state.data.districts.map((d) => [`district:${d.code}`, `${t('district')} ${d.code} ${nameIn(state.lang, d)}`]),
  ];
  const target = h('select', { 'data-testid': 'code-target' }, options(targets));
  const hours = h('input', { type: 'number', min: 1, max: 720, value: 168, 'data-testid': 'code-hours' });
  const form = h(
    'form',
    { class: 'row' },
    field(t('office'), target),
    field(t('hours'), hours),
    h('button', { type: 'submit', 'data-testid': 'code-issue' }, t('issueCode')),
  );
  on(form, 'submit', async (event) => {
    event.preventDefault();
    const [kind, code] = target.value.split(':');
    const answer = await api('POST', '/console/api/codes', {
      [kind === 'office' ? 'officeCode' : 'districtCode']: code,
      hours: Number(hours.value),
    });
    if (!answer.ok) return say(line, problem(answer), false);
    const issued = answer.body;
    const label = targets.find(([value]) => value === target.value)?.[1] ?? issued.target;
    card.replaceChildren(
      h('h2', {}, t('codeFor', { target: label })),
      h('p', { class: 'code', 'data-testid': 'issued-code' }, issued.code),
      h('img', { src: issued.qr, alt: issued.code, width: 240, height: 240, 'data-testid': 'code-qr' }),
      h('p', {}, `${t('server')}: `, h('code', {}, issued.server)),
      h('p', { class: 'hint' }, t('codeHint', { hours: issued.hours })),
      on(h('button', { type: 'button', class: 'no-print' }, t('print')), 'click', () => window.print()),
    );
    card.hidden = false;
  });
  return [form, line, card];
}
