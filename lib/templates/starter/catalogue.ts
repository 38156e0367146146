// What the starter library holds, once for every language: each entry's kind and labels.
// A language file must give a title and body for every key (the compiler checks), so the
// three languages always cover the same labels and kinds.
//
// Spam has no template on purpose: spam gets no reply, only "dismiss". Trolls get a single
// calm line, for the rare post where a real service problem hides in the abuse; the default
// for a troll is no reply at all.
import type { Label, TemplateKind } from '../../model';

export const STARTER_KEYS = [
  'crisis-holding',
  'crisis-update',
  'crisis-reply',
  'crisis-dm',
  'complaint-reply',
  'complaint-acknowledge',
  'complaint-holding',
  'complaint-dm',
  'question-reply',
  'question-followup',
  'question-dm',
  'resolved-followup',
  'praise-thanks',
  'praise-share',
  'troll-calm',
  'other-reply',
  'other-handoff',
  'other-dm',
] as const;
export type StarterKey = (typeof STARTER_KEYS)[number];

export const STARTER_SPEC: Record<StarterKey, { kind: TemplateKind; labels: Label[] }> = {
  'crisis-holding': { kind: 'holding_statement', labels: ['crisis'] },
  'crisis-update': { kind: 'holding_statement', labels: ['crisis'] },
  'crisis-reply': { kind: 'public_reply', labels: ['crisis'] },
  'crisis-dm': { kind: 'dm_opener', labels: ['crisis'] },
  'complaint-reply': { kind: 'public_reply', labels: ['complaint'] },
  'complaint-acknowledge': { kind: 'public_reply', labels: ['complaint'] },
  'complaint-holding': { kind: 'holding_statement', labels: ['complaint', 'question'] },
  'complaint-dm': { kind: 'dm_opener', labels: ['complaint'] },
  'question-reply': { kind: 'public_reply', labels: ['question'] },
  'question-followup': { kind: 'public_reply', labels: ['question'] },
  'question-dm': { kind: 'dm_opener', labels: ['question'] },
  'resolved-followup': { kind: 'public_reply', labels: ['complaint', 'question'] },
  'praise-thanks': { kind: 'public_reply', labels: ['praise'] },
  'praise-share': { kind: 'public_reply', labels: ['praise'] },
  'troll-calm': { kind: 'public_reply', labels: ['troll'] },
  'other-reply': { kind: 'public_reply', labels: ['other'] },
  'other-handoff': { kind: 'public_reply', labels: ['other'] },
  'other-dm': { kind: 'dm_opener', labels: ['other'] },
};

export type StarterTexts = Record<StarterKey, { title: string; body: string }>;
