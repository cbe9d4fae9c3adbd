/** Saves data as a file through a temporary <a download>: works in every browser without a dialog API. */

/** Time the browser gets to fetch the object URL before it is released. */
const REVOKE_AFTER_MS = 60_000;

export function download(fileName: string, data: Blob | string, type = 'application/octet-stream'): void {
  const blob = typeof data === 'string' ? new Blob([data], { type }) : data;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}

/** File-name stamp of a model hour, zero-padded so files sort in time order. */
export const hourStamp = (hour: number): string => `h${String(hour).padStart(5, '0')}`;
