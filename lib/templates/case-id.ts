// Case numbers a customer can read out or retype: no 0/O or 1/I to confuse. The first two
// characters count days, so numbers from different days never collide and sort roughly by
// age; five random characters keep a busy day's numbers apart (32^5 ≈ 33.5 million).
export const CASE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
export const CASE_ID_PATTERN = /^CL-[2-9A-HJ-NP-Z]{7}$/;

const DAY_MS = 86_400_000;
const DAY_CHARS = 2;
const RANDOM_CHARS = 5;

/** Uniform integers in [0, 32) from WebCrypto (Node 20 and browsers both have it). */
const cryptoRandom = (count: number): number[] =>
  Array.from(crypto.getRandomValues(new Uint8Array(count)), (b) => b & 31);

export function newCaseId(now: number, rand: (count: number) => number[] = cryptoRandom): string {
  const base = CASE_ALPHABET.length;
  const cycle = base ** DAY_CHARS;
  const day = ((Math.floor(now / DAY_MS) % cycle) + cycle) % cycle;
  let out = '';
  for (let i = DAY_CHARS - 1; i >= 0; i--) out += CASE_ALPHABET[Math.floor(day / base ** i) % base];
  const random = rand(RANDOM_CHARS);
  for (let i = 0; i < RANDOM_CHARS; i++) {
    const r = random[i] ?? 0;
    out += CASE_ALPHABET[((Math.floor(r) % base) + base) % base];
  }
  return `CL-${out}`;
}

/** Accepts what a customer types back ("cl-24k7qfm", with spaces) and returns the canonical form. */
export function normalizeCaseId(input: string): string | undefined {
  const compact = input.toUpperCase().replace(/[\s\u2010-\u2015-]/g, '');
  const body = compact.length === DAY_CHARS + RANDOM_CHARS + 2 && compact.startsWith('CL') ? compact.slice(2) : compact;
  const id = `CL-${body}`;
  return CASE_ID_PATTERN.test(id) ? id : undefined;
}
