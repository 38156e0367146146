// Who may send what: every request, sent from the content script in X's tab and from Careline's own
// pages, through the same router and gate the background uses. A refusal is a clear error and
// changes nothing.
import { beforeEach, describe, expect, it } from 'vitest';
import { CarelineDB } from '../../../lib/db/database';
import { REQUEST_ACCESS, type BackgroundRequest, type RequestType } from '../../../lib/messaging/protocol';
import { route } from '../../../lib/messaging/router';
import type { SenderInfo } from '../../../lib/messaging/sender';
import { createService } from '../../../lib/service';
import { REFUSED_FROM_PAGE, REFUSED_NOT_LEAD } from '../../../lib/service/authorize';
import { loadSettings, saveSettings } from '../../../lib/settings/store';
import { createLeadLock } from '../../../lib/templates';
import { EXTENSION_PAGE, fakePorts, memoryRoles, X_PAGE } from '../../support/background';
import { mention, post } from '../factories';

const NOW = Date.parse('2026-12-01T10:00:00Z');

/** One valid request of every type (the compiler says when a new one is missing). */
const SAMPLES: { [T in RequestType]: Extract<BackgroundRequest, { type: T }> } = {
  observe: { type: 'observe', pageUrl: 'https://x.com/home', signedInHandle: 'LumenMobile', signedInName: null, accountId: null, posts: [post({ statusId: '900', text: '@LumenMobile hello?' })] },
  threadReplies: { type: 'threadReplies', replies: [{ statusId: '10', at: NOW, replyStatusId: '11' }] },
  replySent: { type: 'replySent', inReplyToStatusId: '10', replyingTo: ['marta_k'], at: NOW },
  mentionAction: { type: 'mentionAction', statusId: '10', action: { kind: 'dismiss' } },
  overlayContext: { type: 'overlayContext', signedInHandle: 'LumenMobile', signedInName: null, accountId: null },
  focus: { type: 'focus', statusId: '10', openPanel: false },
  quickReplies: { type: 'quickReplies', inReplyToStatusId: '10' },
  quickReplyInserted: { type: 'quickReplyInserted', templateId: 'tpl-1', statusId: '10' },
  insert: { type: 'insert', target: 'reply', text: 'Hello' },
  openPost: { type: 'openPost', url: 'https://x.com/marta_k/status/10' },
  openDashboard: { type: 'openDashboard', section: 'brand', account: 'Personal' },
  saveSettings: { type: 'saveSettings', change: { sla: { targets: { crisis: 5, complaint: 30, question: 30, praise: null, troll: null, spam: null, other: null }, dueSoonShare: 0.25, timeZone: 'UTC', businessHours: null, holidays: [] } } },
  switchAccount: { type: 'switchAccount', handle: 'Personal', name: null },
  triageInfo: { type: 'triageInfo' },
  resetModel: { type: 'resetModel' },
  templateSave: { type: 'templateSave', input: { title: 'T', body: 'Hello {{customer.name}}', kind: 'public_reply', labels: ['question'], lang: 'en' } },
  templateApprove: { type: 'templateApprove', id: 'tpl-1' },
  templateRetire: { type: 'templateRetire', id: 'tpl-1' },
  templatesImport: { type: 'templatesImport', text: '{"careline":"templates","version":1,"templates":[]}', apply: true },
  role: { type: 'role' },
  leadUnlock: { type: 'leadUnlock', passphrase: 'correct horse battery' },
  leadLock: { type: 'leadLock' },
  leadSetPassphrase: { type: 'leadSetPassphrase', next: 'a brand new passphrase' },
  driftSeen: { type: 'driftSeen', record: { at: NOW, part: 'author', urlKind: 'home' } },
  incidentPropose: { type: 'incidentPropose', severity: 'high', description: 'Outage in Split' },
  incidentDeclare: { type: 'incidentDeclare', severity: 'high', description: 'Outage in Split' },
  incidentDismiss: { type: 'incidentDismiss', id: 'inc-1' },
  incidentUpdate: { type: 'incidentUpdate', id: 'inc-1', severity: 'low' },
  incidentStep: { type: 'incidentStep', id: 'inc-1', stepId: 'identify', done: true },
  incidentStepOwner: { type: 'incidentStepOwner', id: 'inc-1', stepId: 'identify', owner: 'Ana' },
  incidentStatement: { type: 'incidentStatement', id: 'inc-1', templateId: 'tpl-1' },
  incidentStatementUsed: { type: 'incidentStatementUsed', id: 'inc-1', detail: 'posted on the profile' },
  incidentLink: { type: 'incidentLink', id: 'inc-1', statusId: '10', linked: true },
  incidentNote: { type: 'incidentNote', id: 'inc-1', text: 'Comms informed' },
  incidentClose: { type: 'incidentClose', id: 'inc-1' },
  incidentReview: { type: 'incidentReview', id: 'inc-1', wentWell: 'fast', toImprove: 'slower' },
  playbookSave: { type: 'playbookSave', steps: [{ id: 's1', title: 'Call legal', owner: 'Ana', dueMinutes: 30 }] },
  playbookReset: { type: 'playbookReset' },
  surgeDismiss: { type: 'surgeDismiss', alertId: 'alert-1' },
  drillStart: { type: 'drillStart', lang: 'en', size: 20 },
  drillReset: { type: 'drillReset' },
  crisisNotice: { type: 'crisisNotice' },
  backupRestored: { type: 'backupRestored', mode: 'merge' },
  teamJoin: { type: 'teamJoin', invite: 'not-a-token', name: 'Ana' },
  teamLeave: { type: 'teamLeave' },
  teamStatus: { type: 'teamStatus' },
  teamClaim: { type: 'teamClaim', statusId: '10', kind: 'composer' },
  teamRelease: { type: 'teamRelease', statusId: '10' },
  teamClaims: { type: 'teamClaims' },
  teamAssign: { type: 'teamAssign', statusIds: ['10'], assignee: 'Ana' },
  teamAssignLabel: { type: 'teamAssignLabel', label: 'complaint', assignee: 'Ana' },
  teamMembers: { type: 'teamMembers' },
};
const TYPES = Object.keys(SAMPLES) as RequestType[];

let db: CarelineDB;
let roles: ReturnType<typeof memoryRoles>;
let service: ReturnType<typeof createService>;

beforeEach(async () => {
  db = new CarelineDB(`auth-${Math.random()}`);
  roles = memoryRoles();
  service = createService(db, fakePorts({ now: () => NOW, roles }));
  await saveSettings(db, { accountHandle: 'LumenMobile', agentName: 'Ana' });
  await db.mentions.put(mention({ statusId: '10', authorHandle: 'marta_k' }));
  await db.templates.put({
    id: 'tpl-1', title: 'T', body: 'Hello', kind: 'public_reply', labels: ['question'], lang: 'en', status: 'draft',
    version: 1, history: [], createdAt: NOW, updatedAt: NOW,
  });
});

/** Everything a request could change: every table, and the session's role. */
async function snapshot() {
  const tables = await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()] as const));
  return { tables: Object.fromEntries(tables), role: await roles.getRole() };
}

const send = (type: RequestType, sender: SenderInfo) => route(service.handlers, SAMPLES[type], sender, service.authorize);

async function withLead() {
  const made = await createLeadLock('correct horse battery');
  if (!made.ok) throw new Error('lock');
  await saveSettings(db, { leadLock: made.lock });
}

describe('the content script in X’s tab', () => {
  it.each(TYPES.filter((t) => REQUEST_ACCESS[t] !== 'page'))('is refused %s, and nothing changes', async (type) => {
    const before = await snapshot();
    expect(await send(type, X_PAGE)).toEqual({ ok: false, error: REFUSED_FROM_PAGE });
    expect(await snapshot()).toEqual(before);
  });

  it('may send only what a page needs', () => {
    expect(TYPES.filter((t) => REQUEST_ACCESS[t] === 'page').sort()).toEqual(
      ['crisisNotice', 'driftSeen', 'focus', 'mentionAction', 'observe', 'openDashboard', 'overlayContext', 'quickReplies', 'quickReplyInserted', 'replySent', 'teamClaim', 'teamClaims', 'teamRelease', 'threadReplies'].sort(),
    );
  });

  it.each(TYPES.filter((t) => REQUEST_ACCESS[t] === 'page'))('is answered %s', async (type) => {
    const r = await send(type, X_PAGE);
    expect(r).toMatchObject({ ok: true });
  });

  it('cannot become the lead: clearing the lock through settings is not even a valid message', async () => {
    await withLead();
    const before = await snapshot();
    for (const sender of [X_PAGE, EXTENSION_PAGE]) {
      const cleared = await route(service.handlers, { type: 'saveSettings', change: { leadLock: null } }, sender, service.authorize);
      expect(cleared).toMatchObject({ ok: false });
      const setAgain = await route(service.handlers, { type: 'leadSetPassphrase', next: 'mine now, all mine' }, sender, service.authorize);
      expect(setAgain).toMatchObject(sender === X_PAGE ? { ok: false, error: REFUSED_FROM_PAGE } : { ok: true, data: { ok: false } });
    }
    expect(await snapshot()).toEqual(before);
  });
});

describe('Careline’s own pages', () => {
  it.each(TYPES.filter((t) => REQUEST_ACCESS[t] !== 'lead'))('are not refused %s', async (type) => {
    const r = await send(type, EXTENSION_PAGE);
    expect(r).not.toEqual({ ok: false, error: REFUSED_FROM_PAGE });
    expect(r).not.toEqual({ ok: false, error: REFUSED_NOT_LEAD });
  });

  it.each(TYPES.filter((t) => REQUEST_ACCESS[t] === 'lead'))('need the lead’s unlocked session for %s once a lead is set', async (type) => {
    await withLead();
    const before = await snapshot();
    expect(await send(type, EXTENSION_PAGE)).toEqual({ ok: false, error: REFUSED_NOT_LEAD });
    expect(await snapshot()).toEqual(before);
    await roles.setRole('lead');
    expect(await send(type, EXTENSION_PAGE)).not.toEqual({ ok: false, error: REFUSED_NOT_LEAD });
  });

  it('an agent keeps their own name and language, but the team’s policy is the lead’s', async () => {
    await withLead();
    const agentName = await route(service.handlers, { type: 'saveSettings', change: { agentName: 'Ivo', uiLocale: 'hr' } }, EXTENSION_PAGE, service.authorize);
    expect(agentName).toEqual({ ok: true, data: { ok: true } });
    const before = await snapshot();
    const policy = await send('saveSettings', EXTENSION_PAGE);
    expect(policy).toMatchObject({ ok: true, data: { ok: false, errors: [{ path: 'sla', message: expect.stringMatching(/^Samo voditelj|^Dok je voditelj/) }] } });
    expect(await snapshot()).toEqual(before);
    await roles.setRole('lead');
    expect(await send('saveSettings', EXTENSION_PAGE)).toEqual({ ok: true, data: { ok: true } });
    expect((await loadSettings(db)).sla.targets.crisis).toBe(5);
  });

  it('cannot set the brand’s account or the signed-in fields through a settings change', async () => {
    for (const change of [{ accountHandle: 'Personal' }, { accountName: 'Me' }, { accountSince: 1 }, { signedInHandle: 'Personal' }]) {
      const r = await route(service.handlers, { type: 'saveSettings', change }, EXTENSION_PAGE, service.authorize);
      expect(r).toMatchObject({ ok: false, error: expect.stringMatching(/^Invalid saveSettings message/) });
    }
    expect((await loadSettings(db)).accountHandle).toBe('LumenMobile');
  });
});
