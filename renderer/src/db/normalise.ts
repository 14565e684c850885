// Search keys. Surnames are stored and searched in one normal form: NFC,
// Kazakh lower case (Ә→ә, Ө→ө, І→і, Ү→ү, Ұ→ұ, Қ→қ, Ғ→ғ, Ң→ң, Һ→һ), ё as е, and
// the Latin look-alike "i" (typed on keyboards without the Kazakh layout) as "і".
export function searchKey(text: string): string {
  return text.normalize('NFC').trim().toLocaleLowerCase('kk').replace(/ё/g, 'е').replace(/i/g, 'і').replace(/\s+/g, ' ');
}

/** Digits only, for IIN prefixes typed with spaces. */
export function digitsOnly(text: string): string {
  return text.replace(/\D/g, '');
}
