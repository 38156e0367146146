import { describe, expect, it } from 'vitest';
import { formatDateTime, formatPercent, makeTranslator } from '../../../lib/i18n/format';
import { crisisAlertEn } from '../../../lib/i18n/messages/crisis-alert.en';
import { POPUP_CATALOGS } from '../../../lib/i18n/popup-catalogs';
import { en } from '../../../lib/i18n/messages/en';

describe('formatPercent', () => {
  it('writes percentages as each language does: "90%", "90 %" (narrow no-break space), "90 %"', () => {
    expect(formatPercent(0.9, 'en')).toBe('90%');
    expect(formatPercent(0.9, 'fr')).toBe('90\u202f%');
    expect(formatPercent(0.9, 'hr')).toBe('90\u00a0%');
    expect(formatPercent(0.625, 'en-GB', 1)).toBe('62.5%');
  });
});

describe('formatDateTime', () => {
  it('is one format, medium date and short time, in the locale given', () => {
    const at = Date.UTC(2026, 10, 23, 9, 5);
    expect(formatDateTime(at, 'en-GB')).toBe(new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(at));
  });
});

describe('the popup’s own catalogs', () => {
  it('hold every popup, badge, label, status and SLA string, and nothing of the other pages', () => {
    // …the surge alert's banner (crisis-alert.*.ts) and the team's "assigned to me" title.
    const keys = [...Object.keys(en).filter((k) => /^(popup|badge|alert|label|status|sla|source|error)\./.test(k) || k === 'team.mine.title'), ...Object.keys(crisisAlertEn)];
    for (const locale of ['en', 'fr', 'hr'] as const) {
      expect(Object.keys(POPUP_CATALOGS[locale]).sort()).toEqual(keys.sort());
    }
    expect(makeTranslator(POPUP_CATALOGS, 'fr')('popup.openPanel')).toBe('Ouvrir le panneau');
    // A key the popup did not bring shows as itself rather than as nothing.
    expect(makeTranslator(POPUP_CATALOGS, 'en')('dash.title')).toBe('dash.title');
  });
});

describe('the x.com page’s own catalogs', () => {
  it('hold every overlay, menu, quick-reply and notice string', async () => {
    const { X_PAGE_CATALOGS } = await import('../../../lib/i18n/x-page-catalogs');
    const needed = Object.keys(en).filter((k) => /^(overlay|menu|picker|notice|label|status|sla|source|error|account)\./.test(k));
    const held = Object.keys(X_PAGE_CATALOGS.en);
    expect(held).toEqual(expect.arrayContaining(needed));
    for (const locale of ['fr', 'hr'] as const) expect(Object.keys(X_PAGE_CATALOGS[locale]).sort()).toEqual([...held].sort());
    // The dashboard's and side panel's own strings stay out of x.com's bundle.
    expect(held.length).toBeLessThan(Object.keys(en).length / 2);
  });
});
