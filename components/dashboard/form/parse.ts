// Lenient readers for what agents type: "@Name" or "Name", "9:00" or "0900", "12,5" as well as
// "12.5". Each returns the stored form, or null when the text cannot mean a valid value.
const HANDLE = /^[A-Za-z0-9_]{1,15}$/;

export function parseHandle(text: string): string | null {
  const bare = text.trim().replace(/^@/, '');
  return HANDLE.test(bare) ? bare : null;
}

/** "9:00", "09:00", "0900" → "09:00"; "24:00" is allowed (a day open until midnight). */
export function parseTime(text: string): string | null {
  const m = /^(\d{1,2}):?(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (h > 24 || min > 59 || (h === 24 && min > 0)) return null;
  return `${String(h).padStart(2, '0')}:${m[2]}`;
}

/** Whole minutes within [min, max]; null otherwise. */
export function parseWholeNumber(text: string, min: number, max: number): number | null {
  const t = text.trim();
  if (!/^\d+$/.test(t)) return null;
  const n = Number(t);
  return n >= min && n <= max ? n : null;
}

/** A percentage within [min, max] as a share (25 → 0.25); a comma decimal separator is fine. */
export function parsePercent(text: string, min: number, max: number): number | null {
  const t = text.trim().replace(/\s*%$/, '').replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(t)) return null;
  const n = Number(t);
  if (n < min || n > max) return null;
  return Math.round(n * 100) / 10_000;
}

/** A calendar date "YYYY-MM-DD" that exists (no 31 April). */
export function parseDate(text: string): string | null {
  const t = text.trim();
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d ? t : null;
}
