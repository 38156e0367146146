import { describe, expect, it } from 'vitest';
import { UI_LOCALES } from '../../../lib/model';
import { formatTemplateProblem, TEMPLATE_MESSAGES } from '../../../lib/templates/messages';

describe('TEMPLATE_MESSAGES', () => {
  it('has a non-empty message for every code in every language, with the same placeholders', () => {
    const codes = Object.keys(TEMPLATE_MESSAGES.en);
    const placeholders = (s: string) => [...s.matchAll(/(?<!\{)\{(\w+)\}(?!\})/g)].map((m) => m[1]).sort();
    for (const locale of UI_LOCALES) {
      expect(Object.keys(TEMPLATE_MESSAGES[locale]).sort()).toEqual([...codes].sort());
      for (const code of codes) {
        const text = TEMPLATE_MESSAGES[locale][code as keyof (typeof TEMPLATE_MESSAGES)['en']];
        expect(text.trim(), `${locale}.${code}`).not.toBe('');
        expect(placeholders(text), `${locale}.${code}`).toEqual(
          placeholders(TEMPLATE_MESSAGES.en[code as keyof (typeof TEMPLATE_MESSAGES)['en']]),
        );
      }
    }
    // Not a copy of English: each translation differs for most codes.
    for (const locale of ['fr', 'hr'] as const) {
      const same = codes.filter((c) => TEMPLATE_MESSAGES[locale][c as 'no_changes'] === TEMPLATE_MESSAGES.en[c as 'no_changes']);
      expect(same).toEqual([]);
    }
  });
});

describe('formatTemplateProblem', () => {
  it('fills the parameters and shows a variable in braces', () => {
    expect(formatTemplateProblem({ code: 'unknown_variable', name: 'customer.nmae' }, 'en')).toBe(
      'Unknown variable {{customer.nmae}}: check its spelling against the list of variables.',
    );
  });

  it('names the template a problem belongs to, in the UI language', () => {
    expect(formatTemplateProblem({ code: 'field_missing', field: 'title', template: '#2 b' }, 'fr')).toBe(
      'Modèle #2 b : Le champ title est manquant.',
    );
    expect(formatTemplateProblem({ code: 'duplicate_id', id: 'a', template: '#2 a' }, 'hr')).toBe(
      'Predložak #2 a: ID „a” koristi više predložaka.',
    );
  });

  it('translates the status of a template that is not approved', () => {
    expect(formatTemplateProblem({ code: 'not_approved', status: 'draft' }, 'hr')).toContain('„skica”');
    expect(formatTemplateProblem({ code: 'not_approved', status: 'retired' }, 'fr')).toContain('« retiré »');
  });
});
