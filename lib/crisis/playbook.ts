// The crisis playbook from the care and crisis sources this project started from, as the default
// checklist: who does what, and within how long of declaring. Teams edit it (titles, owners,
// times, steps added or removed); an incident copies the playbook as it was when declared.
import type { CarelineDB } from '../db/database';
import { Playbook, type ChecklistItem, type OwnerRole, type PlaybookStep, type StepKey } from './model';

const DEFAULT_STEPS: [StepKey, OwnerRole, number | null][] = [
  ['identify', 'lead', 15],
  ['involved', 'lead', 15],
  ['restrict', 'lead', 30],
  ['pause', 'social', 30],
  ['inform', 'lead', 30],
  ['statement', 'comms', 45],
  ['cadence', 'spokesperson', 60],
  ['monitor', 'agents', null],
  ['close', 'lead', null],
];

export function defaultPlaybook(now = 0): Playbook {
  return {
    steps: DEFAULT_STEPS.map(([key, ownerRole, dueMinutes]) => ({ id: key, key, owner: '', ownerRole, dueMinutes })),
    updatedAt: now,
    updatedBy: '',
  };
}

export type PlaybookResult = { ok: true; playbook: Playbook } | { ok: false; error: string };

/** Checks a team's edited playbook; step ids must be unique (the checklist and log refer to them). */
export function validatePlaybook(steps: unknown, by: string, now: number): PlaybookResult {
  const parsed = Playbook.safeParse({ steps, updatedAt: now, updatedBy: by });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, error: `${issue?.path.join('.') || 'playbook'}: ${issue?.message ?? 'invalid'}` };
  }
  const ids = parsed.data.steps.map((s) => s.id);
  if (new Set(ids).size !== ids.length) return { ok: false, error: 'steps: two steps share an id' };
  return { ok: true, playbook: parsed.data };
}

export const checklistFrom = (p: Playbook): ChecklistItem[] => p.steps.map((s: PlaybookStep) => ({ ...s }));

/** When a step is due, if it has a deadline and the incident was declared. */
export function stepDueAt(step: PlaybookStep, declaredAt: number | undefined): number | null {
  return declaredAt === undefined || step.dueMinutes === null ? null : declaredAt + step.dueMinutes * 60_000;
}

export const PLAYBOOK_KEY = 'playbook';

/** The team's playbook (crisisState 'playbook'), or the default while it has none or it is unreadable. */
export async function loadPlaybook(db: CarelineDB): Promise<Playbook> {
  const parsed = Playbook.safeParse((await db.crisisState.get(PLAYBOOK_KEY))?.value);
  return parsed.success ? parsed.data : defaultPlaybook();
}
