// The background's gate: which sender may send which request (lib/messaging/access.ts). X's page
// is the least trusted context an extension has, so its content script gets only what a page needs;
// a lead's request needs the lead's session once a lead has set a passphrase.
import { REFUSED_FROM_PAGE, REFUSED_NOT_LEAD, type Access } from '../messaging/access';
import type { Authorize } from '../messaging/router';
import type { ServiceContext } from './service-context';

export { REFUSED_FROM_PAGE, REFUSED_NOT_LEAD };

/** True when this browser session holds the lead role, or when no lead has been set yet. */
export async function actsAsLead(ctx: ServiceContext): Promise<boolean> {
  const settings = await ctx.settings.get();
  return settings.leadLock === null || (await ctx.ports.roles.getRole()) === 'lead';
}

export function authorizer(ctx: ServiceContext): Authorize {
  return async (access: Access, sender) => {
    if (access === 'page') return null;
    if (sender.context !== 'extension') return REFUSED_FROM_PAGE;
    if (access === 'lead' && !(await actsAsLead(ctx))) return REFUSED_NOT_LEAD;
    return null;
  };
}
