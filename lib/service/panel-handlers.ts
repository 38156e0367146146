// Requests from Careline's pages that act on the agent's X tab, and opening the dashboard.
import { logEvents } from '../db/audit';
import type { HandlersFor, ServiceContext } from './service-context';

export function panelHandlers(ctx: ServiceContext): HandlersFor<'insert' | 'openPost' | 'openDashboard'> {
  const { db, ports } = ctx;
  return {
    async insert(req) {
      const result = await ports.insert(req.target, req.text, req.replaceTrigger);
      if (result.ok && req.templateId) {
        await logEvents(db, [
          { at: ctx.now(), kind: 'template_inserted', statusId: req.statusId, actor: await ctx.actorName(), detail: req.templateId },
        ]);
      }
      return result;
    },
    async openPost(req) {
      await ports.openPost(req.url);
      return { ok: true };
    },
    async openDashboard(req) {
      await ports.openDashboard(req.section, req.account);
      return { ok: true };
    },
  };
}
