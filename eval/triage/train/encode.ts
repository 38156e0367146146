// How generated weight files hold numbers compactly: int8 with one scale, base64; sorted bucket ids
// as base64 varint deltas. The decoders are lib/triage/shipped-model.ts (decodeInt8) and
// lib/triage/second-stage.ts (decodeBuckets).

/** Int8 codes of `values` in base64 and the scale they share (`scale` given, or max |v| / 127). */
export function encodeInt8(values: readonly number[], scale?: number): { b64: string; scale: number } {
  const max = values.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
  const s = scale ?? (max === 0 ? 1 : max / 127);
  const bytes = Uint8Array.from(values, (v) => Math.max(-127, Math.min(127, Math.round(v / s))) & 0xff);
  return { b64: Buffer.from(bytes).toString('base64'), scale: s };
}

/** Sorted, distinct bucket ids as base64 varint deltas. */
export function encodeBuckets(sorted: readonly number[]): string {
  const bytes: number[] = [];
  let last = 0;
  for (const b of sorted) {
    let d = b - last;
    last = b;
    while (d >= 0x80) {
      bytes.push((d & 0x7f) | 0x80);
      d >>>= 7;
    }
    bytes.push(d);
  }
  return Buffer.from(Uint8Array.from(bytes)).toString('base64');
}
