/**
 * The outbox ids a stream has yielded, to tell a repeat: every id at or below the floor
 * counts as delivered, and the ids above it are remembered, at most `capacity` of them.
 * Past that the smallest is forgotten and becomes the floor, so what a stream holds does not
 * grow with its age, and the floor is where its replay may start.
 *
 * Numbers in one ascending array, not a Set of strings: a thousand ids take about 8 KiB
 * instead of 44 (a Set's table and a string per id). Outbox ids are bigserials; a double
 * holds them exactly below 2^53, which a million events a second reaches in 285 years.
 * Ids mostly come in ascending order (relays of several processes reorder them by moments),
 * so the usual case, an id above all the others, is checked and added at the end in constant
 * time; a repeat or a late one costs a binary search.
 *
 * Below `EXACT_UP_TO` ids the array is made anew at its exact length with each id added: a
 * pushed array holds room for 17 ids from the first and for 41 from the 18th, and most streams
 * hold a handful (about 200 of the 360 bytes a stream given 20 events held were room).
 */
const EXACT_UP_TO = 32;

export class DeliveredIds {
  // Made with the first id: most streams wait long before it.
  private ids: number[] | null = null;

  constructor(
    private floorId: number,
    private readonly capacity: number,
  ) {}

  /** Every id at or below this counts as delivered. */
  get floor(): number {
    return this.floorId;
  }

  has(id: number): boolean {
    if (id <= this.floorId) return true;
    const ids = this.ids;
    if (ids === null || id > (ids.at(-1) as number)) return false;
    return ids[this.position(ids, id)] === id;
  }

  /** Records an id `has` said no to; true when that forgot the smallest, which is now the floor. */
  add(id: number): boolean {
    let ids = this.ids;
    if (ids === null) ids = [id];
    else {
      const at = ids.length === 0 || id > (ids.at(-1) as number) ? ids.length : this.position(ids, id);
      if (ids.length < EXACT_UP_TO) ids = ids.toSpliced(at, 0, id);
      else ids.splice(at, 0, id);
    }
    this.ids = ids;
    if (ids.length <= this.capacity) return false;
    this.floorId = ids.shift() as number;
    return true;
  }

  /** The index of the first id not below `id` (binary search). */
  private position(ids: readonly number[], id: number): number {
    let low = 0;
    let high = ids.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((ids[middle] as number) < id) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}
