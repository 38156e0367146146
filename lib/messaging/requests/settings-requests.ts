// Requests that change settings, the brand's account or the learned triage model.
import { z } from 'zod';
import { Handle, SettingsChange } from '../../model';

export const settingsRequests = [
  z.object({ type: z.literal('saveSettings'), change: SettingsChange }),
  /** The brand's X account becomes another one (the overlay offers it when X shows a different account). */
  z.object({ type: z.literal('switchAccount'), handle: Handle, name: z.string().max(100).nullable() }),
  z.object({ type: z.literal('triageInfo') }),
  z.object({ type: z.literal('resetModel') }),
] as const;

export const settingsAccess = {
  // Personal fields for anyone on Careline's pages; the handler asks for the lead for team policy fields.
  saveSettings: 'extension',
  switchAccount: 'lead',
  triageInfo: 'extension',
  resetModel: 'lead',
} as const;

export type SaveOutcome = { ok: true } | { ok: false; errors: { path: string; message: string }[] };

export interface SettingsResponses {
  saveSettings: SaveOutcome;
  switchAccount: SaveOutcome;
  /** How many agent corrections the local model has learned. */
  triageInfo: { corrections: number };
  resetModel: { ok: true };
}
