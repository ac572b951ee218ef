/**
 * Compile-time checks of a translation against the English file: the same keys, nothing more, and every
 * message with exactly the `{{placeholders}}` of its English message. A Japanese message that drops
 * `{{host}}`, or names `{{hots}}`, does not compile, and the error names the placeholder.
 */

/** The placeholder names of a message: `{{host}}`, `{{- raw}}` and `{{n, number}}` give host, raw, n. */
export type Placeholders<S extends string> = S extends `${string}{{${infer Inner}}}${infer Rest}`
  ? VariableName<Inner> | Placeholders<Rest>
  : never;

type VariableName<Inner extends string> = Inner extends `- ${infer Name}`
  ? VariableName<Name>
  : Inner extends `${infer Name},${string}`
    ? Trim<Name>
    : Trim<Inner>;

type Trim<S extends string> = S extends ` ${infer R}`
  ? Trim<R>
  : S extends `${infer R} `
    ? Trim<R>
    : S;

/** `string` when both messages name the same placeholders; otherwise a sentence the compiler shows. */
type SamePlaceholders<En extends string, Tr extends string> = [
  Exclude<Placeholders<En>, Placeholders<Tr>>,
] extends [never]
  ? [Exclude<Placeholders<Tr>, Placeholders<En>>] extends [never]
    ? string
    : `unknown placeholder {{${Exclude<Placeholders<Tr>, Placeholders<En>> & string}}}: the English message has only ${PlaceholderList<En>}`
  : `this message must also say {{${Exclude<Placeholders<En>, Placeholders<Tr>> & string}}}, as the English one does`;

type PlaceholderList<S extends string> = [Placeholders<S>] extends [never]
  ? 'none'
  : `{{${Placeholders<S> & string}}}`;

/**
 * What a translation `Tr` of the English messages `En` must be. Use it as
 * `tr satisfies TranslationOf<typeof en, typeof tr>`: the translation keeps its own literal type.
 */
export type TranslationOf<En, Tr> = {
  readonly [K in keyof En]: En[K] extends string
    ? K extends keyof Tr
      ? Tr[K] extends string
        ? SamePlaceholders<En[K], Tr[K]>
        : string
      : string
    : TranslationOf<En[K], K extends keyof Tr ? Tr[K] : never>;
} & {
  readonly [K in Exclude<keyof Tr, keyof En>]: 'this key is not in the English file';
};
