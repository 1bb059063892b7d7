/** Saves a Blob as a file through an <a download>: no permission, no network. */
export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started reading the Blob by the next task; a minute is plenty.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
