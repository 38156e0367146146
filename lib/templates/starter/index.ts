// The starter library: every entry of the catalogue in English, French, Croatian, German and Spanish,
// approved by "Careline starter library" so a new team can answer from day one. Ids are
// stable ("starter-complaint-reply-fr"), so re-seeding or importing updates them in place.
import type { Template } from '../../model';
import { STARTER_KEYS, STARTER_SPEC, type StarterTexts } from './catalogue';
import { en } from './en';
import { fr } from './fr';
import { hr } from './hr';
import { de } from './de';
import { es } from './es';

export const STARTER_APPROVER = 'Careline starter library';
export const STARTER_LANGS = { en, fr, hr, de, es } as const satisfies Record<string, StarterTexts>;
export type StarterLang = keyof typeof STARTER_LANGS;

export const starterId = (key: string, lang: string): string => `starter-${key}-${lang}`;

export function starterTemplates(now: number): Template[] {
  return (Object.entries(STARTER_LANGS) as [StarterLang, StarterTexts][]).flatMap(([lang, texts]) =>
    STARTER_KEYS.map((key): Template => {
      const { title, body } = texts[key];
      const { kind, labels, moment, forReasons } = STARTER_SPEC[key];
      return {
        id: starterId(key, lang),
        title,
        body,
        kind,
        labels: [...labels],
        lang,
        ...(moment ? { moment } : {}),
        ...(forReasons ? { forReasons: [...forReasons] } : {}),
        status: 'approved',
        approvedBy: STARTER_APPROVER,
        approvedAt: now,
        version: 1,
        history: [{ version: 1, title, body, status: 'approved', editedBy: STARTER_APPROVER, editedAt: now }],
        createdAt: now,
        updatedAt: now,
      };
    }),
  );
}

export { STARTER_KEYS, STARTER_SPEC } from './catalogue';
