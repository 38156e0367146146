// The schema of a drift record, for where one arrives from elsewhere (the background checks what
// a page sends; the drift log re-reads what it stored). The page itself builds records with
// lib/x/page-drift.ts, which stays free of zod so X's page does not load a schema library.
import { z } from 'zod';
import { PageKind } from '../model';
import { PAGE_PARTS, type DriftRecord as DriftRecordShape } from './page-drift';

export const PagePart = z.enum(PAGE_PARTS);

export const DriftRecord = z.object({
  at: z.number().int().nonnegative(),
  part: PagePart,
  urlKind: PageKind,
}) satisfies z.ZodType<DriftRecordShape>;
export type DriftRecord = DriftRecordShape;
