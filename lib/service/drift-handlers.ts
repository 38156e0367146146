// A part of X's page Careline could not read, reported by the page, goes to the local drift log.
import { logDrift } from '../x/drift-log';
import type { HandlersFor, ServiceContext } from './service-context';

export function driftHandlers(ctx: ServiceContext): HandlersFor<'driftSeen'> {
  return {
    async driftSeen(req) {
      await logDrift(ctx.db, req.record);
      return { ok: true };
    },
  };
}
