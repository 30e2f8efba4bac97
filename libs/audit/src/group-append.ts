/** At most this many rows go in one statement (one JSON parameter), however many callers wait. */
const MAX_ROWS_PER_STATEMENT = 1_000;

interface Waiting<Row> {
  readonly rows: readonly Row[];
  readonly resolve: () => void;
  readonly reject: (error: unknown) => void;
}

/**
 * Group commit for appends that stand alone (a read's provision records, outside a
 * transaction): the first caller writes at once; the callers who arrive while that statement
 * runs go together in the next one. Under load, one statement and one commit serve many reads
 * instead of one each; with a single caller nothing waits. Each caller's promise settles when
 * its own rows are committed, so a read still returns only what is recorded. A failed
 * statement is retried caller by caller, so one caller's refused rows fail that caller alone.
 */
export class GroupAppend<Row> {
  private waiting: Waiting<Row>[] = [];
  private writing = false;

  constructor(private readonly write: (rows: readonly Row[]) => Promise<void>) {}

  append(rows: readonly Row[]): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.waiting.push({ rows, resolve, reject });
      if (!this.writing) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.writing = true;
    while (this.waiting.length > 0) await this.writeGroup(this.nextGroup());
    this.writing = false;
  }

  private nextGroup(): Waiting<Row>[] {
    let rows = 0;
    let count = 0;
    // A caller's rows are never split; a group closes before the caller that would overfill it (one always goes).
    for (const caller of this.waiting) {
      if (count > 0 && rows + caller.rows.length > MAX_ROWS_PER_STATEMENT) break;
      rows += caller.rows.length;
      count++;
    }
    return this.waiting.splice(0, count);
  }

  private async writeGroup(group: readonly Waiting<Row>[]): Promise<void> {
    try {
      await this.write(group.flatMap((caller) => caller.rows));
      for (const caller of group) caller.resolve();
    } catch (error) {
      if (group.length === 1) return group[0]?.reject(error);
      for (const caller of group) await this.write(caller.rows).then(caller.resolve, caller.reject);
    }
  }
}
