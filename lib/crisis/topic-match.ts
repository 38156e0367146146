// Which mentions belong to an incident by themselves: those about its topic, from shortly before
// the surge began. The lead links or unlinks any other by hand.
import type { Incident } from './model';
import type { SurgeTopic } from './surge-alert';
import { quoteTerm } from './topic-terms';

/** Mentions posted this long before the surge's window (or the declaration) may belong to it. */
export const LINK_LEAD_MS = 60 * 60_000;

/** About the topic: it names the topic's main term, or two of its terms, or quotes its post. */
export function matchesTopic(terms: readonly string[], topic: SurgeTopic): boolean {
  if (topic.quotedStatusId && terms.includes(quoteTerm(topic.quotedStatusId))) return true;
  const [main, ...rest] = topic.terms;
  if (main !== undefined && terms.includes(main)) return true;
  return rest.filter((t) => terms.includes(t)).length >= 2;
}

export function linkWindowStart(inc: Incident): number {
  return (inc.alert?.windowStart ?? inc.declaredAt ?? inc.createdAt) - LINK_LEAD_MS;
}
