/**
 * A connection's operations by their id, each with what the server holds of it. Most
 * connections run one operation for their whole life, so the first is held in two fields and a
 * map is made only for the ones beside it: a dictionary for one entry took about 160 bytes on
 * each of tens of thousands of connections.
 */
export class Operations<T> {
  private onlyId: string | undefined = undefined;
  private only: T | undefined = undefined;
  private others: Map<string, T> | null = null;

  has(id: string): boolean {
    return id === this.onlyId || (this.others?.has(id) ?? false);
  }

  get(id: string): T | undefined {
    return id === this.onlyId ? this.only : this.others?.get(id);
  }

  set(id: string, value: T): void {
    if (this.others?.has(id) || (this.onlyId !== undefined && this.onlyId !== id)) {
      (this.others ??= new Map()).set(id, value);
      return;
    }
    this.onlyId = id;
    this.only = value;
  }

  delete(id: string): void {
    if (id === this.onlyId) {
      this.onlyId = undefined;
      this.only = undefined;
      return;
    }
    this.others?.delete(id);
    if (this.others?.size === 0) this.others = null;
  }

  /** Every operation's value, the table then emptied. */
  takeAll(): T[] {
    const values = [...this.entries()].map(([, value]) => value);
    this.onlyId = undefined;
    this.only = undefined;
    this.others = null;
    return values;
  }

  /** A copy as a record, as graphql-ws's hooks see a connection's operations. */
  toRecord(): Record<string, T> {
    return Object.fromEntries(this.entries());
  }

  private *entries(): Generator<[string, T]> {
    if (this.onlyId !== undefined) yield [this.onlyId, this.only as T];
    if (this.others) yield* this.others;
  }
}
