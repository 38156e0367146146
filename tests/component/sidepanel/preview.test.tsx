// The panel's pure helpers: what a template becomes for this customer, and why it is blocked.
import { describe, expect, it } from 'vitest';
import { failureMessageKey } from '../../../components/sidepanel/insert-failure';
import { carriesCaseId, distinctProblems, missingSettings, previewTemplate, targetFor } from '../../../components/sidepanel/preview';
import { starterTemplates, type TemplateProblem } from '../../../lib/templates';
import { settings } from '../../unit/factories';
import { customer, NOW } from './harness';

const starter = (id: string) => starterTemplates(NOW).find((t) => t.id === id)!;
const input = (over: Parameters<typeof settings>[0] = {}) => ({
  mention: customer(),
  settings: settings({ brandName: 'Lumen Mobile', agentName: 'Camille', brandAccountId: '1470000000000000042', ...over }),
  caseId: 'CL-24K7QFM',
});

describe('previewTemplate', () => {
  it('fills the handoff reply, DM link included, and lets it through the gate', () => {
    const p = previewTemplate(starter('starter-complaint-reply-fr'), input());
    expect(p.problems).toEqual([]);
    expect(p.target).toBe('reply');
    expect(p.text).toContain('CL-24K7QFM');
    expect(p.text).toContain(`text=${encodeURIComponent('Bonjour, mon numéro de dossier est CL-24K7QFM.')}`);
    expect(p.count).toMatchObject({ kind: 'post', limit: 280, over: false });
  });

  it('names the missing account id rather than an empty {{dm.link}}, and gives no text', () => {
    const p = previewTemplate(starter('starter-complaint-reply-fr'), input({ brandAccountId: '' }));
    expect(p.text).toBeNull();
    expect(p.problems).toEqual([{ code: 'missing_brand_account_id' }]);
    expect(missingSettings(p.problems)).toEqual(['brandAccountId']);
  });

  it('lists every empty setting a template needs', () => {
    const p = previewTemplate(starter('starter-complaint-dm-fr'), input({ agentName: '', brandName: '', accountHandle: null }));
    expect(p.text).toBeNull();
    expect(p.target).toBe('dm');
    expect(p.count.kind).toBe('dm');
    expect(missingSettings(p.problems).sort()).toEqual(['agentName', 'brandName']);
  });

  it('keeps a too-long text out of the problems list but counts it over', () => {
    const t = { ...starter('starter-praise-thanks-en'), body: `${'a'.repeat(275)} {{customer.name}}` };
    const p = previewTemplate(t, input());
    expect(p.text).toBeNull();
    expect(p.problems).toEqual([]);
    expect(p.count).toMatchObject({ kind: 'post', over: true, limit: 280 });
    expect(p.count.used).toBe(276 + 'Élodie Martin'.length);
  });

  it('refuses a draft even when everything is filled', () => {
    const t = { ...starter('starter-praise-thanks-en'), status: 'draft' as const };
    const p = previewTemplate(t, input());
    expect(p.text).toBeNull();
    expect(p.problems.map((x) => x.code)).toEqual(['not_approved']);
  });
});

describe('helpers', () => {
  it('sends DM openers to X Chat and the rest to the reply composer', () => {
    expect(targetFor('dm_opener')).toBe('dm');
    expect(targetFor('public_reply')).toBe('reply');
    expect(targetFor('holding_statement')).toBe('reply');
  });

  it('knows which templates hand the case number to the customer', () => {
    expect(carriesCaseId(starter('starter-question-reply-en'))).toBe(true);
    expect(carriesCaseId(starter('starter-question-dm-en'))).toBe(true);
    expect(carriesCaseId(starter('starter-praise-thanks-en'))).toBe(false);
  });

  it('an invalid account id is fixed in the same field', () => {
    const problems: TemplateProblem[] = [{ code: 'invalid_recipient_id', id: '12ab' }, { code: 'empty_variable', name: 'agent.name' }];
    expect(missingSettings(problems)).toEqual(['brandAccountId', 'agentName']);
  });

  it('merges the same problem from several templates into one', () => {
    const problems: TemplateProblem[] = [
      { code: 'empty_variable', name: 'agent.name', template: 'starter-complaint-reply-en' },
      { code: 'empty_variable', name: 'agent.name', template: 'starter-complaint-dm-en' },
      { code: 'empty_variable', name: 'brand.name', template: 'starter-complaint-dm-en' },
    ];
    expect(distinctProblems(problems)).toEqual([
      { code: 'empty_variable', name: 'agent.name' },
      { code: 'empty_variable', name: 'brand.name' },
    ]);
  });

  it('turns the composer’s codes into what the agent can do about them', () => {
    expect(failureMessageKey('no-composer', 'reply')).toBe('panel.reason.noReplyBox');
    expect(failureMessageKey('no-composer', 'dm')).toBe('panel.reason.noChatBox');
    expect(failureMessageKey('timeout', 'reply')).toBe('panel.reason.noAnswer');
    expect(failureMessageKey('send-button-disabled', 'dm')).toBe('panel.reason.chatNotTaken');
    expect(failureMessageKey('editor-gone', 'reply')).toBe('panel.reason.composerChanged');
    expect(failureMessageKey('something-new', 'reply')).toBe('panel.reason.unknown');
    expect(failureMessageKey(undefined, 'reply')).toBe('panel.reason.unknown');
  });
});
