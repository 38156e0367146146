// Requests about the template library and the lead's role. Everyone reads templates straight from
// the database; only a lead (unlocked with the passphrase for this browser session) writes.
import { z } from 'zod';
import type { Role, TemplateProblem } from '../../templates';

export const templateRequests = [
  z.object({ type: z.literal('templateSave'), id: z.string().max(100).optional(), input: z.record(z.string(), z.unknown()) }),
  z.object({ type: z.literal('templateApprove'), id: z.string().max(100) }),
  z.object({ type: z.literal('templateRetire'), id: z.string().max(100) }),
  z.object({ type: z.literal('templatesImport'), text: z.string().max(8 * 1024 * 1024), apply: z.boolean() }),
  z.object({ type: z.literal('role') }),
  z.object({ type: z.literal('leadUnlock'), passphrase: z.string().max(1000) }),
  z.object({ type: z.literal('leadLock') }),
  z.object({ type: z.literal('leadSetPassphrase'), current: z.string().max(1000).optional(), next: z.string().max(1000) }),
] as const;

export const templateAccess = {
  templateSave: 'lead',
  templateApprove: 'lead',
  templateRetire: 'lead',
  templatesImport: 'lead',
  role: 'extension',
  leadUnlock: 'extension',
  leadLock: 'extension',
  // The first lead sets it; changing it needs the current passphrase, checked by the handler.
  leadSetPassphrase: 'extension',
} as const;

export type TemplateOutcome = { ok: true; id: string } | { ok: false; errors: TemplateProblem[] };
export type LeadOutcome = { ok: true } | { ok: false; errors: TemplateProblem[] };
export interface ImportSummary {
  add: string[];
  update: string[];
  /** Titles whose local copy is newer than the pack's (importing overwrites that work). */
  localNewer: string[];
  unchanged: number;
}
export type ImportOutcome = { ok: true; applied: boolean; summary: ImportSummary } | { ok: false; errors: TemplateProblem[] };

export interface TemplateResponses {
  templateSave: TemplateOutcome;
  templateApprove: TemplateOutcome;
  templateRetire: TemplateOutcome;
  templatesImport: ImportOutcome;
  role: { role: Role; hasLead: boolean };
  leadUnlock: LeadOutcome;
  leadLock: { ok: true };
  leadSetPassphrase: LeadOutcome;
}
