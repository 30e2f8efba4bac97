/** A value the story names by key; a key the story does not know is a mistake in the story. */
export function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`The demo story names an unknown ${what}`);
  return value;
}
