// The shape of the text catalogues and the types of t(): keys are "namespace.name"
// from the Kazakh catalogue, and the {parameters} a text takes are read from it.
import type { kk } from './kk';

/** A text that prints a count: the form is chosen by Intl.PluralRules from the "count" parameter. */
export interface PluralText {
  readonly zero?: string;
  readonly one?: string;
  readonly two?: string;
  readonly few?: string;
  readonly many?: string;
  readonly other: string;
}
export type Text = string | PluralText;

type Kk = typeof kk;
export type Namespace = keyof Kk;

/** A catalogue of one language: every namespace and key of the Kazakh one, nothing else. */
export type Catalogue = { readonly [N in Namespace]: { readonly [K in keyof Kk[N]]: Text } };

/** Every text key, "namespace.name". */
export type TextKey = { [N in Namespace]: `${N}.${keyof Kk[N] & string}` }[Namespace];

type TextAt<K> = K extends `${infer N}.${infer R}` ? (N extends Namespace ? (R extends keyof Kk[N] ? Kk[N][R] : never) : never) : never;
type ParamsIn<S> = S extends `${string}{${infer P}}${infer Rest}` ? P | ParamsIn<Rest> : never;
type ParamsOf<T> = T extends string ? ParamsIn<T> : T extends PluralText ? ParamsIn<T[keyof T] & string> | 'count' : never;

/** The {parameters} of the text at key K. */
export type ParamName<K extends TextKey> = ParamsOf<TextAt<K>>;
export type TextParams = Readonly<Record<string, string | number>>;

/**
 * The arguments after the key: none for a text without {parameters}, an object
 * with exactly its parameters otherwise; any parameters when the key is not known
 * at compile time (a TextKey variable).
 */
export type TextArgs<K extends TextKey> = TextKey extends K
  ? [params?: TextParams]
  : [ParamName<K>] extends [never]
    ? []
    : [params: Readonly<Record<ParamName<K>, string | number>>];
