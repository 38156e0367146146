// @vitest-environment happy-dom
// One voice: the overlay marks a mention of an open incident (data-incident, the automation
// contract) and unmarks it when it leaves; the ;; quick replies put the incident's holding
// statement first on its mentions only.
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { chooseStatement, declareIncident } from '../../../lib/crisis/incident-actions';
import { defaultPlaybook } from '../../../lib/crisis/playbook';
import { CarelineDB } from '../../../lib/db/database';
import { translator } from '../../../lib/i18n/translate';
import type { MentionView } from '../../../lib/model';
import { createService } from '../../../lib/service';
import { starterTemplates } from '../../../lib/templates';
import { Annotator } from '../../../lib/x/overlay/annotator';
import { SharedClock } from '../../../lib/x/overlay/clock';
import { ViewStore } from '../../../lib/x/overlay/view-store';
import { post, sid } from '../../fixtures/fake-x/data/posts';
import { buildPostArticle } from '../../fixtures/fake-x/post-markup';
import { fakePorts, X_PAGE } from '../../support/background';
import { mention } from '../factories';

const NOW = Date.now();
const tick = () => new Promise((r) => setTimeout(r, 0));

describe('the overlay during an incident', () => {
  let annotator: Annotator | undefined;
  afterEach(() => {
    annotator?.stop();
    annotator?.removeAll();
    document.body.replaceChildren();
  });

  it('puts data-incident on the host of a linked mention and takes it off when it is unlinked', async () => {
    const view = (statusId: string, over: Partial<MentionView> = {}): MentionView => ({
      statusId, label: 'complaint', labelSource: 'model', confidence: 0.8, reasons: [],
      status: 'new', postedAt: NOW - 60_000, slaDeadline: NOW + 3_600_000, slaDueSoonAt: NOW + 2_700_000, ...over,
    });
    annotator = new Annotator(
      document,
      { t: translator('en'), locale: 'en', describeReason: () => '' },
      { now: () => NOW, observe: async (posts) => posts.map((s) => view(s.statusId)), act: async () => null, openPanel: () => {} },
      new ViewStore(),
      new SharedClock(() => NOW, document),
    );
    annotator.start();
    const cell = document.createElement('div');
    cell.dataset.testid = 'cellInnerDiv';
    cell.append(buildPostArticle(post(sid(3)), { now: NOW }));
    document.body.append(cell);
    await tick();
    await tick();
    const host = () => document.querySelector<HTMLElement>(`[data-careline="mention"][data-status-id="${sid(3)}"]`)!;
    expect(host().dataset.incident).toBeUndefined();
    annotator.applyViews([view(sid(3), { incidentId: 'inc-7' })]);
    expect(host().dataset.incident).toBe('inc-7');
    annotator.applyViews([view(sid(3))]);
    expect(host().hasAttribute('data-incident')).toBe(false);
  });
});

describe(';; quick replies during an incident', () => {
  const db = new CarelineDB(`one-voice-${Math.random()}`);
  afterEach(async () => {
    db.close();
    await Dexie.delete(db.name);
  });

  it('offers the incident’s holding statement first on its mentions, not on others', async () => {
    await db.templates.bulkPut(starterTemplates(NOW - 86_400_000));
    const declared = declareIncident({ severity: 'high', description: 'Outage', drill: false }, defaultPlaybook(), 'Ana', NOW, 'inc-1');
    if (!declared.ok) throw new Error(declared.error);
    const chosen = chooseStatement(declared.incident, await db.templates.get('starter-crisis-holding-en'), NOW);
    if (!chosen.ok) throw new Error(chosen.error);
    await db.incidents.put(chosen.incident);
    const text = '@LumenMobile no signal at all since this morning';
    await db.mentions.bulkPut([
      mention({ statusId: '41', text, label: 'complaint', lang: 'en', incidentId: 'inc-1' }),
      mention({ statusId: '42', text, label: 'complaint', lang: 'en' }),
    ]);
    const service = createService(db, fakePorts({ now: () => NOW }));
    const ask = (id: string) => service.handlers.quickReplies({ type: 'quickReplies', inReplyToStatusId: id }, X_PAGE);
    expect((await ask('41')).items[0]?.id).toBe('starter-crisis-holding-en');
    expect((await ask('42')).items.map((i) => i.id)).not.toContain('starter-crisis-holding-en');
  });
});
