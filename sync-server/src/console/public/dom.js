// Builds elements without innerHTML, so no name from the database is ever read as markup.
export function h(tag, attrs = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    element.append(child instanceof Node ? child : String(child));
  }
  return element;
}

export function on(element, event, handler) {
  element.addEventListener(event, handler);
  return element;
}

export function table(headers, rows, testid) {
  return h(
    'table',
    { 'data-testid': testid },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        headers.map((text) => h('th', {}, text)),
      ),
    ),
    h('tbody', {}, rows),
  );
}

export const when = (iso) => (iso ? iso.replace('T', ' ').slice(0, 16) : '');

/** A status line under a form. */
export function status(testid) {
  return h('p', { class: 'status', role: 'status', 'data-testid': testid });
}

/** Sets a status line: ok in green, a refusal in red. */
export function say(line, text, ok) {
  line.textContent = text;
  line.className = ok ? 'status ok' : 'status error';
}

export function options(items, selected) {
  return items.map(([value, label]) => h('option', { value, selected: value === selected }, label));
}

/** A district's or office's name in the page's language (Russian falls back to Kazakh). */
export const nameIn = (lang, row) => (lang === 'ru' && row.nameRu ? row.nameRu : row.name);
