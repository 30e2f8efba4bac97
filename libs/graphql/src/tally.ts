/**
 * Running counts by label, kept where things happen (the bus, the rate limits) and read by
 * the metrics at scrape time: this lib reports without depending on a metrics library.
 * `labelOf` maps what is counted to a label of bounded variety (a topic to its family).
 */
export class Tally {
  private readonly counts = new Map<string, number>();
  private readonly labels = new Map<string, string>();

  constructor(private readonly labelOf: (key: string) => string = (key) => key) {}

  add(key: string, amount = 1): void {
    this.addToLabel(this.labelOf(key), amount);
  }

  /** The label `key` counts under: for a caller counting the same key again and again (a stream, each of its messages) to work it out once. */
  label(key: string): string {
    const label = this.labelOf(key);
    // One string per label, not one per caller: a stream keeps its label for its life, and a
    // label cut from a topic would hold that whole topic's text.
    let known = this.labels.get(label);
    if (known === undefined) this.labels.set(label, (known = label));
    return known;
  }

  /** Counts under a label from {@link label}. */
  addToLabel(label: string, amount = 1): void {
    this.counts.set(label, (this.counts.get(label) ?? 0) + amount);
  }

  /** Each label with its count since the process started. */
  entries(): [label: string, count: number][] {
    return [...this.counts];
  }
}
