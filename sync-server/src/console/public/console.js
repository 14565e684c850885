// The console page: language, session and API calls; views.js draws the sections.
import { h, VIEWS } from './views.js';

const state = { lang: localStorage.getItem('consoleLang') === 'ru' ? 'ru' : 'kk', texts: {}, session: null, data: null, tab: 'health' };

export function t(key, params = {}) {
  const text = state.texts[state.lang]?.[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name) => String(params[name] ?? ''));
}

/** Every request is same-origin JSON; anything but GET carries the session's CSRF token. */
export async function api(method, path, body, contentType = 'application/json') {
  const headers = {};
  if (state.session) headers['x-csrf-token'] = state.session.csrf;
  if (body !== undefined) headers['content-type'] = contentType;
  const init = { method, headers, credentials: 'same-origin' };
  if (body !== undefined) init.body = contentType === 'application/json' ? JSON.stringify(body) : body;
  const response = await fetch(path, init);
  const answer = await response.json().catch(() => ({}));
  if (response.status === 401 && path !== '/console/api/login') {
    state.session = null;
    render(t('signedOut'));
  }
  return { status: response.status, ok: response.ok, body: answer };
}

/** A refusal in words: the API's error code when the catalogue has it, else the raw detail. */
export function problem(answer) {
  const { error, seconds, message, field } = answer.body ?? {};
  if (error && state.texts.kk?.[error]) return t(error, { seconds });
  return t('failed', { detail: [field, message, error].filter(Boolean).join(': ') || answer.status });
}

export async function reload() {
  const [overview, releases] = await Promise.all([api('GET', '/console/api/overview'), api('GET', '/console/api/releases')]);
  if (overview.ok && releases.ok) state.data = { ...overview.body, ...releases.body };
}

function setLanguage(lang) {
  state.lang = lang;
  localStorage.setItem('consoleLang', lang);
  render();
}

function loginView(notice) {
  const error = h('p', { class: 'error', role: 'alert', 'data-testid': 'login-error' }, notice ?? '');
  const login = h('input', { name: 'login', autocomplete: 'username', required: true, 'data-testid': 'login-name' });
  const password = h('input', {
    name: 'password',
    type: 'password',
    autocomplete: 'current-password',
    required: true,
    'data-testid': 'login-password',
  });
  const form = h(
    'form',
    { class: 'card login', 'data-testid': 'login-form' },
    h('h2', {}, t('signInTitle')),
    h('label', {}, t('login'), login),
    h('label', {}, t('password'), password),
    h('button', { type: 'submit', 'data-testid': 'login-submit' }, t('signIn')),
    error,
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const answer = await api('POST', '/console/api/login', { login: login.value, password: password.value });
    if (!answer.ok) {
      error.textContent = problem(answer);
      password.value = '';
      return;
    }
    state.session = answer.body;
    await reload();
    render();
  });
  return form;
}

export function render(notice) {
  document.documentElement.lang = state.lang;
  document.title = t('title');
  document.getElementById('title').textContent = t('title');
  for (const button of document.querySelectorAll('[data-lang]'))
    button.setAttribute('aria-pressed', String(button.dataset.lang === state.lang));
  const who = document.getElementById('who');
  const app = document.getElementById('app');
  if (!state.session || !state.data) {
    who.replaceChildren();
    app.replaceChildren(loginView(notice));
    return;
  }
  const scope = state.session.districtCode ? t('scopeDistrict', { code: state.session.districtCode }) : t('scopeRegion');
  const logout = h('button', { type: 'button', class: 'link', 'data-testid': 'logout' }, t('signOut'));
  logout.addEventListener('click', async () => {
    await api('POST', '/console/api/logout', {});
    state.session = null;
    render();
  });
  who.replaceChildren(h('span', { 'data-testid': 'who' }, `${state.session.login} · ${scope}`), logout);
  const tabs = h(
    'nav',
    { class: 'tabs', role: 'tablist' },
    Object.keys(VIEWS).map((tab) => {
      const button = h(
        'button',
        { type: 'button', role: 'tab', 'aria-selected': String(tab === state.tab), 'data-testid': `tab-${tab}` },
        t(VIEWS[tab].title),
      );
      button.addEventListener('click', async () => {
        state.tab = tab;
        await reload();
        render();
      });
      return button;
    }),
  );
  const view = VIEWS[state.tab].draw({ state, t, api, problem, reload, render });
  app.replaceChildren(tabs, h('section', { class: 'view', 'data-testid': `view-${state.tab}` }, view));
}

async function start() {
  for (const button of document.querySelectorAll('[data-lang]')) button.addEventListener('click', () => setLanguage(button.dataset.lang));
  state.texts = await (await fetch('/console/texts.json')).json();
  const session = await fetch('/console/api/session', { credentials: 'same-origin' });
  if (session.ok) {
    state.session = await session.json();
    await reload();
  }
  render();
}

void start();
