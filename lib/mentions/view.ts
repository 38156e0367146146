import { isClosed, type Mention, type MentionView } from '../model';

/** When the SLA timer stopped, if it has. */
export function closedAt(m: Mention): number | undefined {
  if (!isClosed(m.status)) return undefined;
  return m.respondedAt ?? m.handedOffAt ?? m.dismissedAt ?? m.updatedAt;
}

export function toView(m: Mention): MentionView {
  return {
    statusId: m.statusId,
    label: m.label,
    labelSource: m.labelSource,
    confidence: m.confidence,
    reasons: m.reasons,
    status: m.status,
    postedAt: m.postedAt,
    slaDeadline: m.slaDeadline,
    slaDueSoonAt: m.slaDueSoonAt,
    closedAt: closedAt(m),
    ...(m.incidentId ? { incidentId: m.incidentId } : {}),
    ...(m.assignee ? { assignee: m.assignee } : {}),
  };
}
