// The background service: every request's handler, split by owner, over one context, with the
// gate that decides who may send what. Browser APIs come in through ports (context.ts).
import { CarelineDB } from '../db/database';
import { backupHandlers } from './backup-handlers';
import { DRILL_DB_NAME } from '../db/schema';
import { crisisHandlers } from './crisis-handlers';
import { crisisWatch } from './crisis-watch';
import type { Handlers } from '../messaging/router';
import { authorizer } from './authorize';
import { createContext, type ServicePorts } from './service-context';
import { MentionCache } from '../mentions/mention-cache';
import { driftHandlers } from './drift-handlers';
import { mentionHandlers } from './mention-handlers';
import { panelHandlers } from './panel-handlers';
import { quickReplyHandlers } from './quick-reply-handlers';
import { settingsHandlers } from './settings-handlers';
import { templateHandlers } from './template-handlers';
import { teamHandlers } from './team-handlers';
import { TriageStore } from './triage-store';

export type { RolePort, ServicePorts } from './service-context';

/** `drillDb`: where crisis drills live, apart from real data (the real one is DRILL_DB_NAME). */
export function createService(db: CarelineDB, ports: ServicePorts, drillDb = new CarelineDB(db.name === 'careline' ? DRILL_DB_NAME : `${db.name}-drill`)) {
  const ctx = createContext(db, ports);
  const triage = new TriageStore(db);
  const cache = new MentionCache();
  cache.loadStoredIds(() => db.mentions.toCollection().primaryKeys());
  const crisis = crisisWatch(ctx, cache);
  const mentions = mentionHandlers(ctx, triage, cache, crisis);
  const handlers: Handlers = {
    ...mentions.handlers,
    ...quickReplyHandlers(ctx, mentions),
    ...panelHandlers(ctx),
    ...settingsHandlers(ctx, triage, cache),
    ...templateHandlers(ctx),
    ...driftHandlers(ctx),
    ...crisisHandlers({ ...ctx, drillDb, cache }),
    ...backupHandlers(ctx, triage, cache),
    ...teamHandlers(ctx, cache),
  };
  return { handlers, authorize: authorizer(ctx), settings: ctx.settings, triage, cache, crisis };
}
