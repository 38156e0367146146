// How the UI names a surge's topic.
import type { SurgeTopic } from './model';

export type { SurgeAlert, SurgeTopic } from './model';

/** How the UI names a topic: words as they are, a quoted post as "quoted post". */
export function topicLabel(topic: SurgeTopic | null): string {
  if (!topic) return '';
  return topic.terms.filter((t) => !t.startsWith('quote:')).join(' ');
}
