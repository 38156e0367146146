// Seeds the side panel's world (settings, a mention in focus, templates) in fake-indexeddb and
// answers the panel's messages with the real background service, so every write really
// happens. Only the X tab is fake: `insertResults` says what its composer would answer.
import { render } from '@testing-library/react';
import { I18nProvider } from '../../../components/i18n';
import { SidePanel } from '../../../components/sidepanel/side-panel';
import { db } from '../../../lib/db/database';
import type { InsertResult, InsertTarget } from '../../../lib/messaging/protocol';
import type { Mention, Settings, Template, UiLocale } from '../../../lib/model';
import { setFocus } from '../../../lib/mentions/focus';
import { starterTemplates } from '../../../lib/templates';
import { mention as mentionOf, settings as settingsOf } from '../../unit/factories';
import { fakePorts, serveMessages } from '../../support/background';

export const NOW = Date.now();

export interface World {
  inserts: { target: InsertTarget; text: string }[];
  /** What the X tab answers to each insert, in order; the last one repeats. */
  insertResults: InsertResult[];
  opened: string[];
}

export interface SeedOptions {
  mention?: Partial<Mention> | null;
  settings?: Partial<Settings>;
  templates?: Template[];
}

export const customer = (over: Partial<Mention> = {}): Mention =>
  mentionOf({
    statusId: '1862400000001000007',
    authorHandle: 'elodie_m',
    authorName: 'Élodie Martin',
    text: '@LumenMobile trois jours sans réseau et personne ne répond.\nC’est inadmissible !',
    lang: 'fr',
    label: 'complaint',
    postedAt: NOW - 10 * 60_000,
    firstSeenAt: NOW - 9 * 60_000,
    slaDeadline: NOW + 50 * 60_000,
    slaDueSoonAt: NOW + 35 * 60_000,
    url: 'https://x.com/elodie_m/status/1862400000001000007',
    ...over,
  });

export async function seed(opts: SeedOptions = {}): Promise<World> {
  const database = db();
  await Promise.all(database.tables.map((t) => t.clear()));
  await database.settings.put({
    key: 'settings',
    value: settingsOf({ brandName: 'Lumen Mobile', agentName: 'Camille', brandAccountId: '1470000000000000042', ...opts.settings }),
  });
  await database.templates.bulkPut(opts.templates ?? starterTemplates(NOW - 86_400_000));
  if (opts.mention !== null) {
    const m = customer(opts.mention);
    await database.mentions.put(m);
    await setFocus(database, { statusId: m.statusId, tabId: 3, at: NOW });
  }

  const world: World = { inserts: [], insertResults: [{ ok: true, method: 'paste' }], opened: [] };
  serveMessages(
    database,
    fakePorts({
      insert: async (target, text) => {
        world.inserts.push({ target, text });
        return world.insertResults.length > 1 ? world.insertResults.shift()! : world.insertResults[0]!;
      },
      openPost: async (url) => void world.opened.push(url),
    }),
  );
  return world;
}

export function renderPanel(locale: UiLocale = 'en') {
  return render(
    <I18nProvider locale={locale}>
      <SidePanel />
    </I18nProvider>,
  );
}

export const storedMention = (statusId = '1862400000001000007') => db().mentions.get(statusId);
