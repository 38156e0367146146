// Who may send a request: the trust boundary the router checks before any handler runs.

/**
 * `page`: also from the content script in x.com (only what a page needs: observe, act on a mention,
 * overlay context, focus, reply sent, thread replies, quick replies).
 * `extension`: Careline's own pages only.
 * `lead`: Careline's own pages, and, once a lead has set a passphrase, only with the lead's
 * unlocked session (settings that are team policy, the template library, the learned model).
 */
export type Access = 'page' | 'extension' | 'lead';

/** The gate's answers (pages tell them apart to explain them in the agent's language). */
export const REFUSED_FROM_PAGE = 'Refused: X’s page may not send this request.';
export const REFUSED_NOT_LEAD = 'Refused: only the lead can do this. Unlock the lead role in the dashboard first.';
