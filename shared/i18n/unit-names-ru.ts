// Russian names of the offices and district departments imported from the
// Almaty oblast directory, whose tables are in Kazakh only. The place's own
// name is written in Russian letters (Ақсу → Аксу, Жансүгіров → Жансугиров);
// the administrative words are translated ("селолық/ауылдық округ" → "сельский
// округ", "кенттік" → "поселковый", "ауылы" → "село"…), and a district has the
// Russian adjective it is known by (Аксуский, Илийский, Саркандский…).

const LETTERS: Record<string, string> = { ә: 'а', ғ: 'г', қ: 'к', ң: 'н', ө: 'о', ұ: 'у', ү: 'у', һ: 'х', і: 'и' };

/** Kazakh-only letters replaced by the Russian ones read in their place, capitals kept. */
export function inRussianLetters(text: string): string {
  return text.replace(/[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/gu, (c) => {
    const lower = LETTERS[c.toLowerCase()]!;
    return c === c.toLowerCase() ? lower : lower.toUpperCase();
  });
}

/** A place name folded so that the tables' spellings meet (Балқаш/Балхаш, Ұйғыр/Уйғыр). */
function placeKey(name: string): string {
  return inRussianLetters(name.toLowerCase())
    .replace(/\s+(ауданы|ауданының\/?|каласы|каласының)$/u, '')
    .replace(/х/gu, 'к')
    .trim();
}

/** The districts and cities of Almaty oblast in the genitive, as their Russian names read. */
const DISTRICTS_RU: Record<string, string> = {
  аксу: 'Аксуского района',
  алакол: 'Алакольского района',
  балкаш: 'Балхашского района',
  енбекшиказак: 'Енбекшиказахского района',
  ескелди: 'Ескельдинского района',
  жамбыл: 'Жамбылского района',
  иле: 'Илийского района',
  карасай: 'Карасайского района',
  каратал: 'Каратальского района',
  кербулак: 'Кербулакского района',
  коксу: 'Коксуского района',
  панфилов: 'Панфиловского района',
  райымбек: 'Райымбекского района',
  саркан: 'Саркандского района',
  талгар: 'Талгарского района',
  уйгыр: 'Уйгурского района',
  капшагай: 'города Капшагай',
  талдыкорган: 'города Талдыкорган',
  текели: 'города Текели',
};

/** "Ақсу ауданы" → "Аксуского района"; a district not in the table → "района Х" / "города Х". */
export function districtGenitiveRu(district: string): string {
  const known = DISTRICTS_RU[placeKey(district)];
  if (known) return known;
  const city = /\s+қала(сы|сының)$/u.test(district.trim());
  const place = inRussianLetters(district.trim().replace(/\s+(ауданы|ауданының|қаласы|қаласының)\/?$/u, ''));
  return `${city ? 'города' : 'района'} ${place}`;
}

const DEPARTMENT = /^(.+?)\s+(ауданының|қаласының)\/?\s+жұмыспен қамту және әлеуметтік бағдарламалар бөлімі$/u;

/** "Ақсу ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі" → "Отдел занятости и социальных программ Аксуского района". */
export function departmentNameRu(name: string): string {
  const m = DEPARTMENT.exec(name.trim());
  if (!m) return translatedWords(name);
  return `Отдел занятости и социальных программ ${districtGenitiveRu(`${m[1]} ${m[2] === 'қаласының' ? 'қаласы' : 'ауданы'}`)}`;
}

/** The kind of okrug: [nominative, genitive]. */
const OKRUG_KINDS: Record<string, [string, string]> = {
  селолық: ['Сельский округ', 'сельского округа'],
  ауылдық: ['Сельский округ', 'сельского округа'],
  кенттік: ['Поселковый округ', 'поселкового округа'],
  қалалық: ['Городской округ', 'городского округа'],
};

const OKRUG = /^(.+?)\s*(селолық|ауылдық|кенттік|қалалық)\s+округі?(\s+(аудан\s+)?әкімінің аппараты)?$/u;
const CITY_AKIMAT = /^(.+?)\s+қаласының әкімдігі$/u;

/** A village, settlement or city akimat's name in Russian: "Ақсу селолық округ аудан әкімінің аппараты" → "Аппарат акима сельского округа Аксу". */
export function officeNameRu(name: string): string {
  const clean = name.trim().replace(/\s+/g, ' ');
  const okrug = OKRUG.exec(clean);
  if (okrug) {
    const [nominative, genitive] = OKRUG_KINDS[okrug[2]!]!;
    const place = okrug[1]!.trim();
    // A name already a Russian adjective ("Жетыгенский", "Жылысайского") stands before the words.
    const adjective = /^(.+)(ский|ского)$/u.exec(place);
    if (adjective) {
      const stem = inRussianLetters(adjective[1]!);
      return okrug[3] ? `Аппарат акима ${stem}ского ${genitive}` : `${stem}ский ${nominative.toLowerCase()}`;
    }
    return okrug[3] ? `Аппарат акима ${genitive} ${placeOf(place)}` : `${nominative} ${placeOf(place)}`;
  }
  const city = CITY_AKIMAT.exec(clean);
  if (city) return `Акимат города ${inRussianLetters(city[1]!)}`;
  return translatedWords(clean);
}

/** The okrug's own name in Russian letters: "Жансүгіров" → "Жансугиров", "Б.Сырттанова атындағы" → "имени Б.Сырттанова". */
function placeOf(text: string): string {
  const named = /^(.+?)\s+атындағы$/u.exec(text);
  return named ? `имени ${inRussianLetters(named[1]!)}` : inRussianLetters(text);
}

/** The administrative words a name may hold, for a name of no known pattern. */
const WORDS: [RegExp, string][] = [
  [/ауылдық округі/gu, 'сельский округ'],
  [/селолық округ/gu, 'сельский округ'],
  [/кенттік округ/gu, 'поселковый округ'],
  [/қалалық округ/gu, 'городской округ'],
  [/(аудан\s+)?әкімінің аппараты/gu, 'аппарат акима'],
  [/әкімдігі/gu, 'акимат'],
  [/ауылы/gu, 'село'],
  [/кенті/gu, 'поселок'],
  [/қаласы/gu, 'город'],
  [/ауданы/gu, 'район'],
];

function translatedWords(text: string): string {
  const words = WORDS.reduce((s, [from, to]) => s.replace(from, to), text.trim());
  return inRussianLetters(words.charAt(0).toUpperCase() + words.slice(1));
}
