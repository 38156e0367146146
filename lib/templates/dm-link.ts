// X's deep link that opens a DM to the brand with text already typed in; the customer still
// presses Send. The text is percent-encoded whole, so line breaks, accents and emoji survive.
import type { Result } from './errors';
import { DM_LIMIT } from './count';

const ACCOUNT_ID = /^[1-9]\d{0,19}$/;

export const isAccountId = (id: string): boolean => ACCOUNT_ID.test(id);

export function dmDeepLink(recipientId: string, text: string): Result<{ url: string }> {
  const id = recipientId.trim();
  if (id === '') return { ok: false, errors: [{ code: 'missing_brand_account_id' }] };
  if (!isAccountId(id)) return { ok: false, errors: [{ code: 'invalid_recipient_id', id }] };
  const length = Array.from(text).length;
  if (length > DM_LIMIT) return { ok: false, errors: [{ code: 'dm_too_long', length, limit: DM_LIMIT }] };
  const url = `https://x.com/messages/compose?recipient_id=${id}&text=${encodeURIComponent(text)}`;
  return { ok: true, url };
}
