// Search keys that fold Kazakh and Russian spellings of one name onto one form,
// so "курман" finds "Құрманғалиев" and "Жаксылыков" finds "Жақсылықов": lower
// case, Kazakh letters to their Russian look-alikes (ә→а, ғ→г, қ→к, ң→н, ө→о,
// ұ/ү→у, һ→х, і→и), ё→е, э→е, soft and hard signs dropped, and Latin look-alikes
// typed on a keyboard without the Cyrillic layout (i, a, e, o, c, p, x, y, k,
// h, m, t, b) read as their Cyrillic twins.
const FOLD: Record<string, string> = {
  ә: 'а',
  ғ: 'г',
  қ: 'к',
  ң: 'н',
  ө: 'о',
  ұ: 'у',
  ү: 'у',
  һ: 'х',
  і: 'и',
  ё: 'е',
  э: 'е',
  ъ: '',
  ь: '',
  i: 'и',
  a: 'а',
  e: 'е',
  o: 'о',
  c: 'с',
  p: 'р',
  x: 'х',
  y: 'у',
  k: 'к',
  h: 'н',
  m: 'м',
  t: 'т',
  b: 'в',
};
const FOLDABLE = /[әғқңөұүһіёэъьiaeocpxykhmtb]/g;

/** The folded form of one word (or of a whole text, spaces kept single). */
export function foldKey(text: string): string {
  return text
    .normalize('NFC')
    .toLocaleLowerCase('kk')
    .replace(FOLDABLE, (ch) => FOLD[ch])
    .replace(/\s+/g, ' ')
    .trim();
}

/** The folded words of a text: split on spaces, hyphens and punctuation, empty words dropped. */
export function foldWords(text: string): string[] {
  return foldKey(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** True when every word typed is the beginning of a different word of `words`, in any order. */
export function matchesAllWords(typed: readonly string[], words: readonly string[]): boolean {
  const used = new Set<number>();
  // Longest first, so "ай" does not take the word "айгүл" that "айгүлов" needs.
  for (const part of [...typed].sort((a, b) => b.length - a.length)) {
    const at = words.findIndex((w, i) => !used.has(i) && w.startsWith(part));
    if (at < 0) return false;
    used.add(at);
  }
  return true;
}
