// What a lead or an agent does to an incident, as pure transitions: each returns the incident as
// it becomes and the log entries that say who did what and when. The service stores both at once.
import type { Template } from '../model';
import { checklistFrom } from './playbook';
import type { Incident, IncidentLogEntry, Playbook, Severity } from './model';
import type { SurgeAlert, SurgeTopic } from './surge-alert';

export type LogDraft = Omit<IncidentLogEntry, 'id' | 'incidentId' | 'at' | 'actor'>;
export type ActionOutcome = { ok: true; incident: Incident; log: LogDraft[] } | { ok: false; error: string };

export interface NewIncident {
  severity: Severity;
  description: string;
  alert?: SurgeAlert;
  /** Words the lead gives when declaring by hand: mentions using them are linked by themselves. */
  keywords?: string[];
  drill: boolean;
}

export function incidentId(now: number, random: () => number = Math.random): string {
  return `inc-${now.toString(36)}-${Math.floor(random() * 36 ** 4).toString(36).padStart(4, '0')}`;
}

function topicFrom(input: NewIncident): SurgeTopic | null {
  const words = (input.keywords ?? []).map((k) => k.trim().toLowerCase()).filter(Boolean).slice(0, 5);
  if (words.length) return { terms: words };
  return input.alert?.topic ?? null;
}

function fresh(input: NewIncident, playbook: Playbook, now: number, id: string): Incident {
  return {
    id,
    status: 'proposed',
    severity: input.severity,
    description: input.description.trim(),
    topic: topicFrom(input),
    ...(input.alert ? { alert: input.alert } : {}),
    checklist: checklistFrom(playbook),
    review: { wentWell: '', toImprove: '' },
    drill: input.drill,
    createdAt: now,
    updatedAt: now,
  };
}

/** An agent proposes; a lead declares (or dismisses) the proposal. */
export function proposeIncident(input: NewIncident, playbook: Playbook, by: string, now: number, id: string): ActionOutcome {
  const incident = { ...fresh(input, playbook, now, id), proposedBy: by, proposedAt: now };
  return { ok: true, incident, log: [{ kind: 'proposed', detail: incident.description }] };
}

export function declareIncident(
  from: Incident | NewIncident,
  playbook: Playbook,
  by: string,
  now: number,
  id: string,
): ActionOutcome {
  const base = 'status' in from ? from : fresh(from, playbook, now, id);
  if (base.status !== 'proposed') return { ok: false, error: `incident is ${base.status}` };
  const incident: Incident = { ...base, status: 'active', declaredBy: by, declaredAt: now, updatedAt: now };
  return { ok: true, incident, log: [{ kind: 'declared', detail: `${incident.severity}: ${incident.description}` }] };
}

function whileOpen(inc: Incident, change: () => ActionOutcome): ActionOutcome {
  if (inc.status === 'closed' || inc.status === 'dismissed') return { ok: false, error: `incident is ${inc.status}` };
  return change();
}

export function dismissProposal(inc: Incident, by: string, now: number): ActionOutcome {
  if (inc.status !== 'proposed') return { ok: false, error: 'only a proposal can be dismissed' };
  return { ok: true, incident: { ...inc, status: 'dismissed', closedBy: by, closedAt: now, updatedAt: now }, log: [{ kind: 'dismissed' }] };
}

export function updateIncident(inc: Incident, change: { severity?: Severity; description?: string }, now: number): ActionOutcome {
  return whileOpen(inc, () => {
    const log: LogDraft[] = [];
    const next = { ...inc, updatedAt: now };
    if (change.severity && change.severity !== inc.severity) {
      next.severity = change.severity;
      log.push({ kind: 'severity_changed', detail: `${inc.severity} → ${change.severity}` });
    }
    const description = change.description?.trim();
    if (description && description !== inc.description) {
      next.description = description;
      log.push({ kind: 'description_changed', detail: description });
    }
    return { ok: true, incident: next, log };
  });
}

export function setStepDone(inc: Incident, stepId: string, done: boolean, by: string, now: number): ActionOutcome {
  return whileOpen(inc, () => {
    const step = inc.checklist.find((s) => s.id === stepId);
    if (!step) return { ok: false, error: `no step ${stepId}` };
    if ((step.doneAt !== undefined) === done) return { ok: true, incident: inc, log: [] };
    const checklist = inc.checklist.map((s) => {
      if (s.id !== stepId) return s;
      const { doneAt: _a, doneBy: _b, ...open } = s;
      return done ? { ...open, doneAt: now, doneBy: by } : open;
    });
    return { ok: true, incident: { ...inc, checklist, updatedAt: now }, log: [{ kind: done ? 'step_done' : 'step_reopened', stepId }] };
  });
}

export function setStepOwner(inc: Incident, stepId: string, owner: string, now: number): ActionOutcome {
  return whileOpen(inc, () => {
    if (!inc.checklist.some((s) => s.id === stepId)) return { ok: false, error: `no step ${stepId}` };
    const name = owner.trim().slice(0, 80);
    const checklist = inc.checklist.map((s) => (s.id === stepId ? { ...s, owner: name } : s));
    return { ok: true, incident: { ...inc, checklist, updatedAt: now }, log: [{ kind: 'owner_changed', stepId, detail: name }] };
  });
}

/** The holding statement must be an approved template of that kind: one voice, approved ahead. */
export function chooseStatement(inc: Incident, template: Template | undefined, now: number): ActionOutcome {
  return whileOpen(inc, () => {
    if (!template) return { ok: false, error: 'no such template' };
    if (template.kind !== 'holding_statement') return { ok: false, error: 'not a holding statement' };
    if (template.status !== 'approved') return { ok: false, error: 'the holding statement is not approved' };
    return {
      ok: true,
      incident: { ...inc, holdingStatementId: template.id, updatedAt: now },
      log: [{ kind: 'statement_chosen', detail: `${template.title} (v${template.version})` }],
    };
  });
}

export function closeIncident(inc: Incident, by: string, now: number): ActionOutcome {
  if (inc.status !== 'active') return { ok: false, error: 'only an active incident can be closed' };
  return { ok: true, incident: { ...inc, status: 'closed', closedBy: by, closedAt: now, updatedAt: now }, log: [{ kind: 'closed' }] };
}

export function saveReview(inc: Incident, review: Incident['review'], now: number): ActionOutcome {
  return { ok: true, incident: { ...inc, review, updatedAt: now }, log: [{ kind: 'review_saved' }] };
}
