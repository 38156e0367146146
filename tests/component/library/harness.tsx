// The library under test talks to the real background service: messages go through WXT's
// fake browser to `route` and `createService`, and writes land in fake-indexeddb, where the
// component reads them back live. Only the browser-only ports (tabs, badge) are inert.
import { render } from '@testing-library/react';
import { TemplateLibrary } from '../../../components/library/template-library';
import { I18nProvider } from '../../../components/i18n';
import { db } from '../../../lib/db/database';
import { sendToBackground } from '../../../lib/messaging/client';
import type { Template, UiLocale } from '../../../lib/model';
import type { RolePort } from '../../../lib/service';
import { saveSettings } from '../../../lib/settings/store';
import type { TemplateInput } from '../../../lib/templates';
import { fakePorts, memoryRoles, serveMessages } from '../../support/background';

export const PASSPHRASE = 'correct horse battery staple';

export async function resetDatabase(): Promise<void> {
  const d = db();
  await Promise.all(d.tables.map((table) => table.clear()));
}

/** Answers the page's messages with the real service, as the background worker does. */
export function connectBackground(): { roles: RolePort } {
  const roles = memoryRoles();
  serveMessages(db(), fakePorts({ roles, insert: async () => ({ ok: false, method: 'none' as const }) }));
  return { roles };
}

/** A lead called Marko, unlocked, as after setting the passphrase in another tab. */
export async function asLead(): Promise<void> {
  await saveSettings(db(), { agentName: 'Marko' });
  const r = await sendToBackground({ type: 'leadSetPassphrase', next: PASSPHRASE });
  if (!r.ok) throw new Error('could not set the lead passphrase');
}

export async function lockLead(): Promise<void> {
  await sendToBackground({ type: 'leadLock' });
}

export const sampleInput = (over: Partial<TemplateInput> = {}): TemplateInput => ({
  title: 'Outage apology',
  body: 'Hi {{customer.name}}, we are sorry about the outage. – {{agent.name}}',
  kind: 'public_reply',
  labels: ['complaint'],
  lang: 'en',
  ...over,
});

/** A template written and approved through the background, as a lead would. */
export async function approvedTemplate(over: Partial<TemplateInput> = {}): Promise<Template> {
  const saved = await sendToBackground({ type: 'templateSave', input: { ...sampleInput(over) } });
  if (!saved.ok) throw new Error(JSON.stringify(saved.errors));
  const approved = await sendToBackground({ type: 'templateApprove', id: saved.id });
  if (!approved.ok) throw new Error(JSON.stringify(approved.errors));
  return (await db().templates.get(saved.id))!;
}

export function renderLibrary(locale: UiLocale = 'en') {
  return render(
    <I18nProvider locale={locale}>
      <TemplateLibrary />
    </I18nProvider>,
  );
}
