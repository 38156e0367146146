// The lead role's passphrase, kept as a PBKDF2-SHA-256 hash in the settings. It keeps an
// agent from approving templates by accident or on a whim; it is not a vault: anyone with
// the browser profile and developer tools can rewrite local data. Uses WebCrypto only.
import type { Settings } from '../model';
import type { LeadLockProblem } from './errors';

export type LeadLock = NonNullable<Settings['leadLock']>;

export const MIN_PASSPHRASE_LENGTH = 10;
/** OWASP's 2023 figure for PBKDF2-HMAC-SHA256. */
export const DEFAULT_ITERATIONS = 600_000;
// A lock read from storage is data like any other: refuse iteration counts that would
// freeze the page (or that nobody ever set) rather than run them.
const MIN_ITERATIONS = 100_000;
const MAX_ITERATIONS = 10_000_000;
const SALT_BYTES = 16;
const HASH_BITS = 256;

const toBase64 = (bytes: Uint8Array): string => btoa(String.fromCharCode(...bytes));

function fromBase64(s: string): Uint8Array | undefined {
  try {
    return Uint8Array.from(atob(s), (c) => c.charCodeAt(0));
  } catch {
    return undefined;
  }
}

/** Same passphrase, same bytes: "é" typed precomposed or as e + accent. */
const passphraseBytes = (p: string): Uint8Array => new TextEncoder().encode(p.normalize('NFC'));

async function derive(passphrase: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', passphraseBytes(passphrase) as BufferSource, 'PBKDF2', false, [
    'deriveBits',
  ]);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    key,
    HASH_BITS,
  );
  return new Uint8Array(bits);
}

/** Compares every byte whatever the first difference, so timing says nothing about the hash. */
export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  let diff = a.length ^ b.length;
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
}

export const passphraseLength = (p: string): number => Array.from(p.normalize('NFC')).length;

export async function createLeadLock(
  passphrase: string,
  iterations: number = DEFAULT_ITERATIONS,
): Promise<{ ok: true; lock: LeadLock } | { ok: false; errors: LeadLockProblem[] }> {
  if (passphrase.trim() === '' || passphraseLength(passphrase) < MIN_PASSPHRASE_LENGTH)
    return { ok: false, errors: [{ code: 'passphrase_too_short', min: MIN_PASSPHRASE_LENGTH }] };
  if (!Number.isInteger(iterations) || iterations < MIN_ITERATIONS || iterations > MAX_ITERATIONS)
    return { ok: false, errors: [{ code: 'lead_lock_invalid' }] };
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const hash = await derive(passphrase, salt, iterations);
  return { ok: true, lock: { salt: toBase64(salt), hash: toBase64(hash), iterations } };
}

export async function verifyLeadLock(
  lock: LeadLock | null,
  passphrase: string,
): Promise<{ ok: true } | { ok: false; errors: LeadLockProblem[] }> {
  const salt = lock ? fromBase64(lock.salt) : undefined;
  const expected = lock ? fromBase64(lock.hash) : undefined;
  if (
    !lock ||
    !salt ||
    !expected ||
    salt.length < 8 ||
    expected.length !== HASH_BITS / 8 ||
    !Number.isInteger(lock.iterations) ||
    lock.iterations < MIN_ITERATIONS ||
    lock.iterations > MAX_ITERATIONS
  )
    return { ok: false, errors: [{ code: 'lead_lock_invalid' }] };
  const actual = await derive(passphrase, salt, lock.iterations);
  return constantTimeEqual(actual, expected) ? { ok: true } : { ok: false, errors: [{ code: 'wrong_passphrase' }] };
}
