// Saving a file a page made (a template pack, a CSV, a backup) to the agent's disk through the
// browser's own download: a Blob behind an object URL, clicked as a link. Nothing leaves the machine.

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the click; give the browser time before letting go of the data.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
