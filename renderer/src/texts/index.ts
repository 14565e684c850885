// The screens' texts: one catalogue per language (kk.ts, ru.ts) and one lookup.
export { kk } from './kk';
export { ru } from './ru';
export { CATALOGUES, bilingual, pluralForm, textOf, translate, translatorFor, type Translate } from './translate';
export type { Catalogue, Namespace, ParamName, PluralText, Text, TextArgs, TextKey, TextParams } from './types';
