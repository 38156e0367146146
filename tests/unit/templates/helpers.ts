// Builders for template tests: real templates made through the lifecycle functions, so a
// test never holds a hand-written record the product could not produce.
import { DEFAULT_SETTINGS, type Label, type Settings, type Template, type TemplateKind } from '../../../lib/model';
import { approveTemplate, createTemplate, type Actor } from '../../../lib/templates/lifecycle';

export const LEAD: Actor = { name: 'Lea Lead', role: 'lead' };
export const AGENT: Actor = { name: 'Ante Agent', role: 'agent' };
export const T0 = Date.UTC(2026, 10, 22, 9, 0, 0);

export function draft(
  over: Partial<{ title: string; body: string; kind: TemplateKind; labels: Label[]; lang: string; id: string }> = {},
): Template {
  const r = createTemplate(
    {
      title: over.title ?? 'Apology',
      body: over.body ?? 'Hi {{customer.name}}, sorry about that. – {{agent.name}}',
      kind: over.kind ?? 'public_reply',
      labels: over.labels ?? ['complaint'],
      lang: over.lang ?? 'en',
    },
    LEAD,
    T0,
    over.id,
  );
  if (!r.ok) throw new Error(`fixture draft invalid: ${JSON.stringify(r.errors)}`);
  return r.template;
}

export function approved(...args: Parameters<typeof draft>): Template {
  const r = approveTemplate(draft(...args), LEAD, T0 + 1000);
  if (!r.ok) throw new Error(`fixture approval failed: ${JSON.stringify(r.errors)}`);
  return r.template;
}

export const settings = (over: Partial<Settings> = {}): Settings => ({
  ...DEFAULT_SETTINGS,
  brandName: 'Adriatic Air',
  agentName: 'Marko',
  brandAccountId: '783214393',
  accountHandle: 'AdriaticAir',
  ...over,
});
