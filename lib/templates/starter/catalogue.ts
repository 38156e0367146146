// What the starter library holds, once for every language: each entry's kind and labels.
// A language file must give a title and body for every key (the compiler checks), so the
// five languages always cover the same labels, kinds, moments and situations.
//
// Spam has no template on purpose: spam gets no reply, only "dismiss". Trolls get a single
// calm line, for the rare post where a real service problem hides in the abuse; the default
// for a troll is no reply at all.
import type { Label, TemplateKind, TemplateMoment } from '../../model';

export const STARTER_KEYS = [
  'crisis-holding',
  'crisis-update',
  'crisis-reply',
  'crisis-safety',
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

export interface StarterSpec {
  kind: TemplateKind;
  labels: Label[];
  moment?: TemplateMoment;
  forReasons?: string[];
}

// Moments: the reply an agent needs first is marked 'first', follow-ups 'follow_up'; the rest
// fit any time. The crisis holding statements speak to everyone affected: the ranking offers
// them first only for a post that belongs to a declared incident.
export const STARTER_SPEC: Record<StarterKey, StarterSpec> = {
  'crisis-holding': { kind: 'holding_statement', labels: ['crisis'] },
  'crisis-update': { kind: 'holding_statement', labels: ['crisis'], moment: 'follow_up' },
  'crisis-reply': { kind: 'public_reply', labels: ['crisis'], moment: 'first' },
  // One person's burning battery or injury: safety advice first, no DM link, so the ;; quick
  // replies can offer it too. Triage may call such a post a crisis or a complaint.
  'crisis-safety': { kind: 'public_reply', labels: ['crisis', 'complaint'], moment: 'first', forReasons: ['safety'] },
  'crisis-dm': { kind: 'dm_opener', labels: ['crisis'] },
  'complaint-reply': { kind: 'public_reply', labels: ['complaint'], moment: 'first' },
  'complaint-acknowledge': { kind: 'public_reply', labels: ['complaint'] },
  'complaint-holding': { kind: 'public_reply', labels: ['complaint', 'question'] },
  'complaint-dm': { kind: 'dm_opener', labels: ['complaint'] },
  'question-reply': { kind: 'public_reply', labels: ['question'], moment: 'first' },
  'question-followup': { kind: 'public_reply', labels: ['question'], moment: 'follow_up' },
  'question-dm': { kind: 'dm_opener', labels: ['question'] },
  'resolved-followup': { kind: 'public_reply', labels: ['crisis', 'complaint', 'question'], moment: 'follow_up' },
  'praise-thanks': { kind: 'public_reply', labels: ['praise'], moment: 'first' },
  'praise-share': { kind: 'public_reply', labels: ['praise'] },
  'troll-calm': { kind: 'public_reply', labels: ['troll'] },
  'other-reply': { kind: 'public_reply', labels: ['other'], moment: 'first' },
  'other-handoff': { kind: 'public_reply', labels: ['other'] },
  'other-dm': { kind: 'dm_opener', labels: ['other'] },
};

export type StarterTexts = Record<StarterKey, { title: string; body: string }>;
