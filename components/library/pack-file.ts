// Saving a pack to the lead's disk through the browser's own download (components/download.ts).
import { downloadBlob } from '../download';

/** `careline-templates-2026-11-23.json`, dated in the lead's own time zone. */
export function packFileName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `careline-templates-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

export function downloadText(text: string, fileName: string): void {
  downloadBlob(new Blob([text], { type: 'application/json' }), fileName);
}
