import type { MessageKey, Params, Translate } from '../../lib/i18n/translate';

type PluralBase<K extends string, All extends string = K> = K extends `${infer B}.one`
  ? `${B}.few` extends All
    ? `${B}.other` extends All
      ? B
      : never
    : never
  : never;
/** Message keys that come in .one / .few / .other forms. */
export type PluralKey = PluralBase<MessageKey>;

/**
 * Picks the plural form of a count the locale's way (Croatian has three: 1, 2–4, 5+, with
 * 21, 22 … following the last digits). CLDR's other categories fall back to `.other`.
 */
export function plural(t: Translate, locale: string, base: PluralKey, n: number, params: Params = {}): string {
  const category = new Intl.PluralRules(locale).select(n);
  const form = category === 'one' || category === 'few' ? category : 'other';
  return t(`${base}.${form}` as MessageKey, { n, ...params });
}
