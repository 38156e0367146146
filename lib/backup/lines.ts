// A backup file as lines of text: gzip or plain (the first two bytes tell), UTF-8, split on
// newlines as the bytes arrive. Reports how many of the file's bytes have been read.
import { BackupError } from './problems';

/** No row is anywhere near this (the learned triage state, the largest, is a few MB). */
export const MAX_LINE_CHARS = 64 * 1024 * 1024;

function counting(onBytes: (read: number) => void): TransformStream<Uint8Array, Uint8Array> {
  let read = 0;
  return new TransformStream({
    transform(chunk, controller) {
      read += chunk.byteLength;
      onBytes(read);
      controller.enqueue(chunk);
    },
  });
}

export async function* readLines(file: Blob, onBytes: (read: number) => void = () => {}): AsyncGenerator<string> {
  const head = new Uint8Array(await file.slice(0, 2).arrayBuffer());
  const gzip = head[0] === 0x1f && head[1] === 0x8b;
  let bytes: ReadableStream<Uint8Array> = file.stream().pipeThrough(counting(onBytes));
  if (gzip) bytes = bytes.pipeThrough(new DecompressionStream('gzip') as unknown as TransformStream<Uint8Array, Uint8Array>);
  const decoder = new TextDecoderStream('utf-8', { fatal: true }) as unknown as TransformStream<Uint8Array, string>;
  const reader = bytes.pipeThrough(decoder).getReader();
  let buffer = '';
  let line = 0;
  try {
    for (;;) {
      let chunk: ReadableStreamReadResult<string>;
      try {
        chunk = await reader.read();
      } catch {
        // A gzip stream that is cut short or damaged, or bytes that are not UTF-8.
        throw new BackupError(gzip ? { code: 'damaged' } : { code: 'not_text' });
      }
      if (chunk.done) break;
      buffer += chunk.value;
      const parts = buffer.split('\n');
      buffer = parts.pop()!;
      for (const part of parts) {
        line++;
        yield part;
      }
      if (buffer.length > MAX_LINE_CHARS) throw new BackupError({ code: 'line_too_long', line: line + 1 });
    }
    if (buffer.length > 0) yield buffer;
  } finally {
    // Stopped early (a bad line, or the caller gave up): stop reading the file too.
    await reader.cancel().catch(() => undefined);
  }
}
