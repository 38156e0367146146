// The values behind the variables, built from the mention in focus and the settings.
// Names come from strangers on X: they are cleaned so that a reply never tags someone the
// customer put in their display name, and never carries control characters.
import type { Label, Mention, Settings } from '../model';
import { slaPromise } from './phrases';
import type { TemplateContext } from './variables';

export interface ContextInput {
  mention?: Pick<Mention, 'authorHandle' | 'authorName' | 'label'>;
  settings: Pick<Settings, 'brandName' | 'agentName' | 'accountHandle' | 'sla'>;
  /** The label whose SLA target makes {{sla.promise}}; defaults to the mention's. */
  label?: Label;
  caseId?: string;
  dmLink?: string;
  /** The template's language: {{sla.promise}} is written in it. */
  lang: string;
}

// X caps display names at 50 characters; keep a little room for what Unicode may hide.
const MAX_NAME = 50;

/** A display name made safe to address someone with in a public reply. */
export function cleanDisplayName(name: string): string {
  const cleaned = name
    .normalize('NFC')
    // Control, format (bidi overrides, zero-width spaces) and private-use characters; the
    // zero-width joiner stays because emoji sequences (👩‍💻) need it.
    .replace(/(?!\u200D)[\p{Cc}\p{Cf}\p{Co}]/gu, '')
    // "Ana @rival" would make the reply tag @rival; the name reads the same without the sign.
    .replace(/[@＠]/g, '')
    .replace(/\s+/gu, ' ')
    .trim();
  return Array.from(cleaned).slice(0, MAX_NAME).join('').trim();
}

const clean = (s: string | undefined | null): string => (s ?? '').replace(/\s+/gu, ' ').trim();

export function templateContext(input: ContextInput): TemplateContext {
  const { mention, settings } = input;
  const ctx: TemplateContext = {};
  if (mention) {
    ctx['customer.handle'] = `@${mention.authorHandle}`;
    // Someone without a usable display name is still addressed, by handle without the @.
    ctx['customer.name'] = cleanDisplayName(mention.authorName) || mention.authorHandle;
  }
  const agent = clean(settings.agentName);
  if (agent) ctx['agent.name'] = agent;
  const brand = clean(settings.brandName) || clean(settings.accountHandle);
  if (brand) ctx['brand.name'] = brand;
  if (input.caseId) ctx['case.id'] = input.caseId;
  if (input.dmLink) ctx['dm.link'] = input.dmLink;
  const label = input.label ?? mention?.label;
  const target = label ? settings.sla.targets[label] : null;
  if (target != null) {
    const promise = slaPromise(target, input.lang, settings.sla.businessHours !== null);
    if (promise) ctx['sla.promise'] = promise;
  }
  return ctx;
}
