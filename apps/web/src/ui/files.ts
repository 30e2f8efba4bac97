// The API carries files as base64 (importResources, resourcesCsv, every DownloadFile): bytes untouched, so
// a Shift_JIS file is decoded by the server, never by the browser.

// btoa/atob take a "binary string"; built in slices so a large file does not overflow the call stack.
const SLICE = 0x8000;

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let start = 0; start < bytes.length; start += SLICE) binary += String.fromCharCode(...bytes.subarray(start, start + SLICE));
  return btoa(binary);
}

export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/** A chosen file's bytes as base64. */
export async function fileToBase64(file: Blob): Promise<string> {
  return bytesToBase64(new Uint8Array(await file.arrayBuffer()));
}

// A link's click starts its download later, not within the click: Firefox and Safari read the
// object URL then, and lose the file if it was revoked on the same turn (Mozilla bug 1282407).
// The URL is freed once the browser has long since read it; until then it holds one file.
const REVOKE_AFTER_MS = 60_000;

/** Saves base64 bytes as a download named `filename`, through a short-lived object URL. */
export function downloadBase64(base64: string, filename: string, type = 'text/csv'): void {
  const url = URL.createObjectURL(new Blob([base64ToBytes(base64)], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
