// The form model without a page: what typed text means, and where the background's errors land.
import { describe, expect, it } from 'vitest';
import { changedFields, convertForm, fieldKey } from '../../../components/dashboard/form/convert';
import { formSignature, settingsToForm } from '../../../components/dashboard/form/model';
import { parseDate, parseHandle, parsePercent, parseTime, parseWholeNumber } from '../../../components/dashboard/form/parse';
import { rowKey } from '../../../components/dashboard/form/rows';
import { DEFAULT_SETTINGS, Settings } from '../../../lib/model';

describe('reading what agents type', () => {
  it('handles with or without @, nothing else', () => {
    expect(parseHandle(' @Lumen_Help ')).toBe('Lumen_Help');
    expect(parseHandle('LumenMobile')).toBe('LumenMobile');
    expect(parseHandle('@@Lumen')).toBeNull();
    expect(parseHandle('Lumen Help')).toBeNull();
    expect(parseHandle('a_handle_far_too_long')).toBeNull();
  });

  it('times as HH:MM, lenient on the way in, 24:00 allowed as a closing time', () => {
    expect(parseTime('9:00')).toBe('09:00');
    expect(parseTime('0930')).toBe('09:30');
    expect(parseTime('24:00')).toBe('24:00');
    expect(parseTime('24:30')).toBeNull();
    expect(parseTime('9:60')).toBeNull();
    expect(parseTime('9')).toBeNull();
  });

  it('percentages as shares, with either decimal separator', () => {
    expect(parsePercent('25', 1, 99)).toBe(0.25);
    expect(parsePercent('12,5 %', 1, 99)).toBe(0.125);
    expect(parsePercent('100', 1, 99)).toBeNull();
    expect(parsePercent('-5', 1, 99)).toBeNull();
  });

  it('whole numbers in range, and dates that exist', () => {
    expect(parseWholeNumber('60', 1, 20160)).toBe(60);
    expect(parseWholeNumber('1.5', 1, 20160)).toBeNull();
    expect(parseWholeNumber('0', 1, 20160)).toBeNull();
    expect(parseDate('2028-02-29')).toBe('2028-02-29');
    expect(parseDate('2026-02-29')).toBeNull();
    expect(parseDate('25.12.2026')).toBeNull();
  });
});

describe('form ↔ settings', () => {
  it('round-trips the defaults and every field the dashboard edits', () => {
    const stored: Settings = {
      ...structuredClone(DEFAULT_SETTINGS),
      brandName: 'Lumen',
      handles: ['Lumen_Help'],
      keywords: ['LumenNet'],
      labelRules: [{ phrase: 'recall', label: 'crisis' }],
      uiLocale: 'hr',
      sla: {
        ...DEFAULT_SETTINGS.sla,
        dueSoonShare: 0.125,
        timeZone: 'Europe/Zagreb',
        businessHours: [null, { start: '09:00', end: '17:00' }, null, null, null, { start: '08:00', end: '24:00' }, null],
        holidays: ['2026-12-25'],
      },
    };
    const { value, issues } = convertForm(settingsToForm(stored));
    expect(issues).toEqual([]);
    expect(changedFields(value!, stored)).toEqual({});
    expect(Settings.parse({ ...stored, ...value })).toEqual(stored);
  });

  it('sends only the fields that changed', () => {
    const form = settingsToForm(DEFAULT_SETTINGS);
    form.agentName = ' Ana ';
    form.targets.crisis = '30';
    const change = changedFields(convertForm(form).value!, DEFAULT_SETTINGS);
    expect(Object.keys(change)).toEqual(['agentName', 'sla']);
    expect(change.agentName).toBe('Ana');
    expect(change.sla!.targets.crisis).toBe(30);
  });

  it('drops blank rows, and maps the background’s indexes back to the rows they came from', () => {
    const form = settingsToForm(DEFAULT_SETTINGS);
    const [a, blank, b] = [rowKey(), rowKey(), rowKey()];
    form.handles = [
      { key: a, value: '@One' },
      { key: blank, value: ' ' },
      { key: b, value: 'Two' },
    ];
    const c = convertForm(form);
    expect(c.value!.handles).toEqual(['One', 'Two']);
    expect(c.keyOf('handles.1')).toBe(fieldKey.handle(b));
    expect(c.keyOf('handles')).toBe('handles');
    expect(c.keyOf('sla.businessHours.3.start')).toBe(fieldKey.day(3));
    expect(c.keyOf('sla.targets.crisis')).toBe('sla.targets.crisis');
    expect(c.keyOf('leadLock')).toBeNull();
  });

  it('hides nothing the agent typed: hours behind "around the clock" survive a toggle and are not saved', () => {
    const form = settingsToForm(DEFAULT_SETTINGS);
    const base = formSignature(form);
    form.week[1] = { open: true, start: '07:00', end: '15:00' };
    expect(formSignature(form)).toBe(base);
    expect(convertForm(form).value!.sla.businessHours).toBeNull();
    form.aroundTheClock = false;
    expect(formSignature(form)).not.toBe(base);
    expect(convertForm(form).value!.sla.businessHours![1]).toEqual({ start: '07:00', end: '15:00' });
  });

  it('keeps the SLA example alive while another section has a problem', () => {
    const form = settingsToForm(DEFAULT_SETTINGS);
    form.brandAccountId = 'abc';
    const c = convertForm(form);
    expect(c.value).toBeNull();
    expect(c.issues.map((i) => i.key)).toEqual(['brandAccountId']);
    expect(c.policy).toEqual(DEFAULT_SETTINGS.sla);
  });
});
