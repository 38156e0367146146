import { beforeEach, describe, expect, it } from 'vitest';
import { CarelineDB } from '../../../lib/db/database';
import type { MentionView } from '../../../lib/model';
import { createService, type ServicePorts } from '../../../lib/service';
import { loadSettings } from '../../../lib/settings/store';
import { fakePorts, X_PAGE } from '../../support/background';
import { post } from '../factories';

const NOW = Date.parse('2026-11-23T10:00:00Z');
let db: CarelineDB;
let ports: ServicePorts & { broadcasts: MentionView[][] };
let service: ReturnType<typeof createService>;
const sender = X_PAGE;

beforeEach(() => {
  db = new CarelineDB(`svc-${Math.random()}`);
  const broadcasts: MentionView[][] = [];
  ports = { broadcasts, ...fakePorts({ now: () => NOW, broadcast: async (v) => void broadcasts.push(v) }) };
  service = createService(db, ports);
});

const observe = (posts: ReturnType<typeof post>[], signedInHandle: string | null = 'LumenMobile') =>
  service.handlers.observe(
    { type: 'observe', pageUrl: 'https://x.com/home', signedInHandle, signedInName: 'Lumen Mobile', accountId: '999', posts },
    sender,
  );

describe('observe: which posts are mentions', () => {
  it('stores each brand mention once, keyed by status id, with zero configuration', async () => {
    const m = post({ statusId: '10', text: '@LumenMobile my bill doubled this month, why?' });
    const own = post({ statusId: '11', authorHandle: 'LumenMobile', text: 'Our new plans are here!' });
    const ad = post({ statusId: '12', text: '@LumenMobile sponsored', promoted: true });
    const unrelated = post({ statusId: '13', text: 'Lovely weather in Split today' });
    const r = await observe([m, own, ad, unrelated]);
    expect(r.views.map((v) => v.statusId)).toEqual(['10']);
    expect(r.brandHandles).toEqual(['LumenMobile']);
    // The account's display name is a keyword too: customers write "my Lumen Mobile bill".
    const byName = await observe([post({ statusId: '14', text: 'Three days without signal, thanks Lumen Mobile' })]);
    expect(byName.views.map((v) => v.statusId)).toEqual(['14']);
    const stored = await db.mentions.get('10');
    expect(stored).toMatchObject({ status: 'new', firstSeenAt: NOW, authorHandle: 'marta_k', labelSource: 'model' });
    expect(stored!.reasons.length).toBeGreaterThan(0);
    expect(await db.mentions.count()).toBe(2);
    // Learned from X's page: the brand and its account id for DM links.
    expect(await loadSettings(db)).toMatchObject({ accountHandle: 'LumenMobile', accountName: 'Lumen Mobile', brandAccountId: '999' });
    expect(ports.changed).toHaveBeenCalled();
  });

  it('seen again on another page (or as a repost) it stays one record with its first sighting', async () => {
    const m = post({ statusId: '20', text: '@LumenMobile thanks for the quick fix!' });
    await observe([m]);
    ports.now = () => NOW + 3_600_000;
    await observe([{ ...m, repostedBy: 'ivo' }]);
    expect(await db.mentions.count()).toBe(1);
    expect((await db.mentions.get('20'))!.firstSeenAt).toBe(NOW);
  });

  it('the agent’s label wins over any re-scan', async () => {
    const m = post({ statusId: '30', text: '@LumenMobile what time do you open on Sunday?' });
    await observe([m]);
    await service.handlers.mentionAction({ type: 'mentionAction', statusId: '30', action: { kind: 'relabel', label: 'complaint' } }, sender);
    const again = await observe([m]);
    expect(again.views[0]).toMatchObject({ label: 'complaint', labelSource: 'agent' });
    expect(await db.audit.where('kind').equals('label_changed').count()).toBe(1);
    expect(ports.broadcasts.at(-1)?.[0]).toMatchObject({ statusId: '30', label: 'complaint' });
  });
});

describe('the brand account: adopted on first use, never changed by reading', () => {
  it('another account signed in later neither joins the brand nor changes it', async () => {
    await observe([post({ statusId: '50', text: '@LumenMobile hi' })]);
    const adopted = await loadSettings(db);
    expect(adopted).toMatchObject({ accountHandle: 'LumenMobile', accountSince: NOW, brandAccountId: '999' });
    expect(ports.settingsChanged).toHaveBeenCalledTimes(1);

    // The agent opens X with a personal account (or X's profile link still shows the previous one).
    const personal = (posts: ReturnType<typeof post>[]) =>
      service.handlers.observe({ type: 'observe', pageUrl: 'https://x.com/home', signedInHandle: 'ana_private', signedInName: 'Ana', accountId: '123', posts }, sender);
    const r = await personal([post({ statusId: '51', text: '@ana_private see you tonight' }), post({ statusId: '52', text: '@LumenMobile still no signal' })]);
    expect(r.views.map((v) => v.statusId)).toEqual(['52']);
    expect(r.brandHandles).toEqual(['LumenMobile']);
    const context = await service.handlers.overlayContext({ type: 'overlayContext', signedInHandle: 'ana_private', signedInName: 'Ana', accountId: '123' }, sender);
    expect(context).toMatchObject({ account: 'LumenMobile', brand: { handles: ['LumenMobile'] } });
    expect(await loadSettings(db)).toEqual(adopted);
    expect(ports.settingsChanged).toHaveBeenCalledTimes(1);
  });

  it('fills in the same account’s display name once X shows it, and nothing else', async () => {
    await service.handlers.overlayContext({ type: 'overlayContext', signedInHandle: 'LumenMobile', signedInName: null, accountId: null }, sender);
    expect(await loadSettings(db)).toMatchObject({ accountHandle: 'LumenMobile', accountName: null });
    await service.handlers.overlayContext({ type: 'overlayContext', signedInHandle: 'lumenmobile', signedInName: 'Lumen Mobile', accountId: '777' }, sender);
    expect(await loadSettings(db)).toMatchObject({ accountHandle: 'LumenMobile', accountName: 'Lumen Mobile', brandAccountId: '' });
  });
});

describe('learning from relabels', () => {
  it('a relabel changes the label of the next similar post', async () => {
    const first = post({ statusId: '40', text: '@LumenMobile the zorblat widget in the app keeps flickering purple' });
    await observe([first]);
    const before = (await db.mentions.get('40'))!.label;
    const target = before === 'crisis' ? 'question' : 'crisis';
    await service.handlers.mentionAction({ type: 'mentionAction', statusId: '40', action: { kind: 'relabel', label: target } }, sender);
    const next = post({ statusId: '41', authorHandle: 'ivo', text: '@LumenMobile zorblat widget in the app keeps flickering purple again' });
    const r = await observe([next]);
    expect(r.views[0]!.label).toBe(target);
    expect((await service.handlers.triageInfo({ type: 'triageInfo' }, sender)).corrections).toBe(1);
    // A reset restores the shipped model.
    await service.handlers.resetModel({ type: 'resetModel' }, sender);
    expect((await service.handlers.triageInfo({ type: 'triageInfo' }, sender)).corrections).toBe(0);
  });
});

describe('response detection', () => {
  it('a reply sent from X’s composer to a mention marks it responded at that moment', async () => {
    await observe([post({ statusId: '50', postedAt: '2026-11-23T09:40:00Z' })]);
    const r = await service.handlers.replySent(
      { type: 'replySent', inReplyToStatusId: '50', replyingTo: ['marta_k'], at: NOW },
      sender,
    );
    expect(r.responded).toBe('50');
    expect(await db.mentions.get('50')).toMatchObject({ status: 'responded', respondedAt: NOW, responseKind: 'reply', firstResponseMs: 20 * 60_000 });
  });

  it('without a status id, the focused mention counts if the reply addresses its author', async () => {
    await observe([post({ statusId: '60' })]);
    await service.handlers.focus({ type: 'focus', statusId: '60', openPanel: false }, sender);
    expect((await db.mentions.get('60'))!.status).toBe('in_progress');
    expect((await service.handlers.replySent({ type: 'replySent', inReplyToStatusId: null, replyingTo: ['someone'], at: NOW }, sender)).responded).toBeNull();
    expect((await service.handlers.replySent({ type: 'replySent', inReplyToStatusId: null, replyingTo: ['Marta_K'], at: NOW }, sender)).responded).toBe('60');
  });

  it('a brand reply seen in a thread marks it responded with the reply’s time', async () => {
    await observe([post({ statusId: '70', postedAt: '2026-11-23T09:00:00Z' })]);
    const at = Date.parse('2026-11-23T09:25:00Z');
    const r = await service.handlers.threadReplies({ type: 'threadReplies', replies: [{ statusId: '70', at, replyStatusId: '71' }] }, sender);
    expect(r.responded).toEqual(['70']);
    expect(await db.mentions.get('70')).toMatchObject({ status: 'responded', respondedAt: at, responseKind: 'thread_reply' });
    // Seen again: nothing changes.
    expect((await service.handlers.threadReplies({ type: 'threadReplies', replies: [{ statusId: '70', at, replyStatusId: '71' }] }, sender)).responded).toEqual([]);
  });
});

describe('settings and panel', () => {
  it('a new SLA policy moves the deadlines of open mentions', async () => {
    await observe([post({ statusId: '80', text: '@LumenMobile my internet has been down for two days, this is unacceptable' })]);
    const m = (await db.mentions.get('80'))!;
    const settings = await loadSettings(db);
    const targets = { ...settings.sla.targets, [m.label]: 5 };
    const r = await service.handlers.saveSettings({ type: 'saveSettings', change: { sla: { ...settings.sla, targets } } }, sender);
    expect(r).toEqual({ ok: true });
    expect((await db.mentions.get('80'))!.slaDeadline).toBe(m.postedAt + 5 * 60_000);
    expect(ports.settingsChanged).toHaveBeenCalled();
  });

  it('opening the panel on a post focuses it and logs it', async () => {
    await observe([post({ statusId: '90' })]);
    await service.handlers.focus({ type: 'focus', statusId: '90', openPanel: true }, sender);
    expect(ports.openPanel).toHaveBeenCalledWith(sender);
    expect(await db.audit.where('kind').equals('panel_opened').count()).toBe(1);
  });
});
