import type { ExportedFile } from '../../shared/report-schemas';

/** Saves through a Blob download, which works the same in a browser and in the Electron window. */
export function saveFile(file: ExportedFile): void {
  const url = URL.createObjectURL(new Blob([file.content], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = safeFileName(file.fileName);
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: Chromium starts the download asynchronously after click().
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The core names the file; still, a name must never carry a path into the download folder. */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const replaced = [...base]
    .map((c) => (c.charCodeAt(0) < 0x20 || '<>:"|?*'.includes(c) ? '_' : c))
    .join('');
  const cleaned = replaced.replace(/^\.+/, '').trim();
  return cleaned || 'session-prep-report';
}
