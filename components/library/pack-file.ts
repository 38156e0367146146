// Saving a pack to the lead's disk: a Blob behind an object URL, clicked as a download link.
// Nothing leaves the machine; the browser's own download does the writing.

/** `careline-templates-2026-11-23.json`, dated in the lead's own time zone. */
export function packFileName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `careline-templates-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

export function downloadText(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the click; give the browser a turn before letting go of the data.
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}
