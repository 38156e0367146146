// What the detector raises: the topic and the figures the popup banner, the notification and
// the notice on X's page show ("42 mentions in 10 min about 'outage zagreb', 80 % negative").
import { z } from 'zod';

export const SurgeTopic = z.object({
  /** The terms that name it, most frequent first: words, #hashtags, @accounts, quote:<status id>. */
  terms: z.array(z.string().max(120)).min(1).max(5),
  /** The status id of a quoted post most of the surge quotes. */
  quotedStatusId: z.string().regex(/^\d{1,20}$/).optional(),
});
export type SurgeTopic = z.infer<typeof SurgeTopic>;

export const SurgeAlert = z.object({
  /** Stable while the same surge grows: `<topic key>@<minute first raised>`. */
  id: z.string().max(200),
  raisedAt: z.number(),
  /** Updated figures of an alert already raised (the surge doubled). */
  updatedAt: z.number().optional(),
  scope: z.enum(['brand', 'topic']),
  windowMinutes: z.number().int().positive(),
  windowStart: z.number(),
  mentions: z.number().int().nonnegative(),
  negative: z.number().int().nonnegative(),
  negativeShare: z.number().min(0).max(1),
  /** Negative evidence the baseline expected in the window (crisis-labelled mentions weigh double). */
  expected: z.number().nonnegative(),
  evidence: z.number().nonnegative(),
  pValue: z.number().min(0).max(1),
  topic: SurgeTopic.nullable(),
  /** Raised by a drill's synthetic mentions: never shown as a real alert. */
  drill: z.boolean().optional(),
});
export type SurgeAlert = z.infer<typeof SurgeAlert>;

/** How the UI names a topic: words as they are, a quoted post as "quoted post". */
export function topicLabel(topic: SurgeTopic | null): string {
  if (!topic) return '';
  return topic.terms.filter((t) => !t.startsWith('quote:')).join(' ');
}
