// What the lead chose on the reports pages (range, time zone, staffing inputs), kept in this
// browser between visits. View choices, not team data: they never go through the background.
import { z } from 'zod';
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { RangeChoice } from '../../lib/reports/range';
import { DEFAULT_HANDLING_MINUTES } from '../../lib/reports/staffing/staffing-plan';

export const ZONE_CHOICES = ['policy', 'browser', 'utc'] as const;
export type ZoneChoice = (typeof ZONE_CHOICES)[number];

const Prefs = z.object({
  range: RangeChoice,
  zone: z.enum(ZONE_CHOICES),
  handlingMinutes: z.number().gt(0).max(240),
  /** null: the attainment goal from the SLA settings. */
  goalPercent: z.number().min(50).max(99.9).nullable(),
});
type Prefs = z.infer<typeof Prefs>;

export const DEFAULT_PREFS: Prefs = {
  range: { preset: 'last7' },
  zone: 'policy',
  handlingMinutes: DEFAULT_HANDLING_MINUTES,
  goalPercent: null,
};

interface PrefsStore extends Prefs {
  set(change: Partial<Prefs>): void;
}

export const useReportPrefs = create<PrefsStore>()(
  persist((set) => ({ ...DEFAULT_PREFS, set: (change) => set(change) }), {
    name: 'careline.reports',
    storage: createJSONStorage(() => localStorage),
    // A damaged or older entry falls back to the defaults rather than breaking the page.
    merge: (stored, current) => {
      const parsed = Prefs.safeParse(stored);
      return parsed.success ? { ...current, ...parsed.data } : current;
    },
    partialize: ({ range, zone, handlingMinutes, goalPercent }) => ({ range, zone, handlingMinutes, goalPercent }),
  }),
);

/** The zone a choice means, given the policy. */
export function zoneOf(choice: ZoneChoice, policyZone: string): string {
  if (choice === 'utc') return 'UTC';
  if (choice === 'browser') return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  return policyZone;
}
