/**
 * What others added to the minutes since the writer's view: addMinutes only appends (as new
 * paragraphs), so it is the fresh text past the one the writer saw; the whole text if the
 * two differ otherwise.
 */
export function addedSince(seen: string, fresh: string): string {
  return fresh.startsWith(seen) ? fresh.slice(seen.length).replace(/^\n+/, '') : fresh;
}
