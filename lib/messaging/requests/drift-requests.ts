// The page reports a part of X's page Careline could not read, for the dashboard's drift log.
import { z } from 'zod';
import { DriftRecord } from '../../x/drift-record';

export const driftRequests = [z.object({ type: z.literal('driftSeen'), record: DriftRecord })] as const;

export const driftAccess = {
  // A record says only when, which part and which kind of page: nothing a page could abuse but noise,
  // and the log is bounded.
  driftSeen: 'page',
} as const;

export interface DriftResponses {
  driftSeen: { ok: true };
}
