/**
 * A map of at most `capacity` entries, for memos whose entries can always be made again: past
 * its capacity it starts over rather than keeping an order to evict by, which would cost
 * every lookup a write.
 */
export class BoundedMap<K, V> extends Map<K, V> {
  constructor(private readonly capacity: number) {
    super();
  }

  override set(key: K, value: V): this {
    if (this.size >= this.capacity && !this.has(key)) this.clear();
    return super.set(key, value);
  }
}
