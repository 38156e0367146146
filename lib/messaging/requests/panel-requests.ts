// Requests that act on the agent's X tab or open one of Careline's pages.
import { z } from 'zod';
import { INSERT_METHODS, INSERT_TARGETS, MAX_REASON_CHARS, type InsertResult as InsertResultShape } from '../../x/main-bridge';
import { StatusId } from '../../model';

// The bridge on X's page checks these shapes without zod (lib/x/main-bridge.ts); these are the
// schemas for the background and the side panel.
export const InsertTarget = z.enum(INSERT_TARGETS);
export type InsertTarget = z.infer<typeof InsertTarget>;
export const InsertResult = z.object({
  ok: z.boolean(),
  method: z.enum(INSERT_METHODS),
  reason: z.string().max(MAX_REASON_CHARS).optional(),
}) satisfies z.ZodType<InsertResultShape>;
export type InsertResult = z.infer<typeof InsertResult>;

/** Dashboard sections X's page may open (the overlay's "switch account" offer opens the brand's). */
export const DashboardSection = z.enum(['brand', 'incidents']);

export const panelRequests = [
  z.object({
    type: z.literal('insert'),
    target: InsertTarget,
    text: z.string().min(1).max(10_000),
    /** Characters just before the caret the text replaces (what the agent typed to ask for it). */
    replaceTrigger: z.string().min(1).max(8).optional(),
    /** For the audit log: which approved template went into which mention's reply. */
    templateId: z.string().max(100).optional(),
    statusId: StatusId.optional(),
  }),
  z.object({
    type: z.literal('openPost'),
    url: z.string().regex(/^https:\/\/(x|twitter)\.com\/\w{1,15}\/status\/\d+/, 'not a post on X'),
  }),
  /** Opens the dashboard at a section; `account` proposes the signed-in account for the lead to confirm. */
  z.object({ type: z.literal('openDashboard'), section: DashboardSection, account: z.string().regex(/^\w{1,15}$/).optional() }),
] as const;

export const panelAccess = {
  insert: 'extension',
  openPost: 'extension',
  // Opening a page changes nothing: the dashboard asks before it acts.
  openDashboard: 'page',
} as const;

export interface PanelResponses {
  insert: InsertResult;
  openPost: { ok: true };
  openDashboard: { ok: true };
}
