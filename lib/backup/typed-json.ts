// JSON has no typed arrays, and the learned triage state is made of them: they travel as
// {"$typed": "Float32Array", "b64": "…"} (little-endian bytes in base64) and come back as the
// same typed array. Nothing else is ever built from a file.

const TYPED = {
  Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array,
} as const;
type TypedName = keyof typeof TYPED;
type Typed = InstanceType<(typeof TYPED)[TypedName]>;

const CHUNK = 0x8000;

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

function fromBase64(b64: string): Uint8Array {
  const binary = atob(b64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** JSON.stringify replacer: typed arrays become tagged base64. */
export function typedReplacer(_key: string, value: unknown): unknown {
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
    const name = value.constructor.name as TypedName;
    if (name in TYPED) {
      const v = value as Typed;
      return { $typed: name, b64: toBase64(new Uint8Array(v.buffer, v.byteOffset, v.byteLength)) };
    }
  }
  return value;
}

/** Rebuilds the typed arrays of a parsed value, in place; throws on a malformed tag. */
export function reviveTyped(value: unknown): unknown {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = reviveTyped(value[i]);
    return value;
  }
  if (value === null || typeof value !== 'object') return value;
  const o = value as Record<string, unknown>;
  if ('$typed' in o) {
    const name = o.$typed;
    if (typeof name !== 'string' || !Object.hasOwn(TYPED, name) || typeof o.b64 !== 'string' || Object.keys(o).length !== 2) {
      throw new TypeError('malformed typed array');
    }
    const Ctor = TYPED[name as TypedName];
    const bytes = fromBase64(o.b64);
    if (bytes.length % Ctor.BYTES_PER_ELEMENT !== 0) throw new TypeError('malformed typed array');
    return new Ctor(bytes.buffer as ArrayBuffer, 0, bytes.length / Ctor.BYTES_PER_ELEMENT);
  }
  for (const k of Object.keys(o)) o[k] = reviveTyped(o[k]);
  return o;
}
