// The brand's X account is adopted once: the account signed in when Careline is first used. After
// that, what X's page shows never changes the brand (an agent who opens X with a personal account,
// or X's profile link still showing the previous account after a switch, must not add a handle).
import type { PageAccount } from '../messaging/protocol';
import type { Settings } from '../model';

/** The settings change reading this page implies: adoption on first use, or nothing. */
export function adoptAccount(settings: Settings, page: PageAccount, now: number): Partial<Settings> | null {
  if (!page.signedInHandle) return null;
  if (settings.accountHandle === null) {
    return {
      accountHandle: page.signedInHandle,
      accountName: page.signedInName,
      accountSince: now,
      ...(settings.brandAccountId ? {} : { brandAccountId: page.accountId ?? '' }),
    };
  }
  // The same account, whose display name X's page had not shown yet at adoption.
  const same = settings.accountHandle.toLowerCase() === page.signedInHandle.toLowerCase();
  if (same && settings.accountName === null && page.signedInName) return { accountName: page.signedInName };
  return null;
}
