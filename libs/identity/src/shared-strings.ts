import { BoundedMap } from '@renkei/kernel';

/**
 * One copy of each string seen, for values that repeat across many long-lived objects: every
 * live subscription keeps its actor, and the actors of one agency hold the same municipality,
 * agency, sector and roles, each read afresh from its row. At most `capacity` strings are
 * kept; past that the set starts over (what was shared stays shared, it is only not found).
 */
export class SharedStrings {
  private readonly strings: BoundedMap<string, string>;

  constructor(capacity: number) {
    this.strings = new BoundedMap(capacity);
  }

  readonly of = <S extends string>(value: S): S => {
    const known = this.strings.get(value) as S | undefined;
    if (known !== undefined) return known;
    this.strings.set(value, value);
    return value;
  };
}
