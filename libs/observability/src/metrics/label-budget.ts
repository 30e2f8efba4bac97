/** The label value that stands for every value past a {@link LabelBudget}'s limit. */
export const OTHER = 'other';

/**
 * Keeps a label's variety bounded: the first `limit` distinct values are kept as they are,
 * later new ones become {@link OTHER}. Clients choose operation names, so without a bound
 * a client could make the server keep a series per name it invents.
 */
export class LabelBudget {
  private readonly seen = new Set<string>();

  constructor(private readonly limit: number) {}

  admit(value: string): string {
    if (this.seen.has(value)) return value;
    if (this.seen.size >= this.limit) return OTHER;
    this.seen.add(value);
    return value;
  }
}
