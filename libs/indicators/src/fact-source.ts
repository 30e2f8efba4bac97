/**
 * How a context tells the indicators where one of its figures lives, without the indicators
 * knowing its tables: the owning context writes the FROM clause and the expressions over its
 * own aliases; the indicators only wrap them (period, municipality, agency, grouping by month
 * and breakdown). The one parameter a source may name is `:now` (the clock's instant), for
 * figures that depend on how long something lasted until today.
 */
export interface FactSource {
  /** FROM clause (joins included), with aliases local to the source. */
  readonly from: string;
  /** The column of the municipality the record belongs to. */
  readonly municipality: string;
  /** What places a record in a period and a month: a timestamptz, or a DATE when `onDate`. */
  readonly at: string;
  readonly onDate?: boolean;
  /** The agency a record is counted for when the report is per agency; absent: not per agency. */
  readonly agency?: string;
  /** A fixed condition on the records counted. */
  readonly where?: string;
  /** The breakdown (内訳) of a record (a column, grouped as it is and named as text); absent: no breakdown. */
  readonly cell?: string;
  /** How records add up: counted, counted once per `subject`, summed, or the middle / mean of `subject`. */
  readonly measure: 'count' | 'distinct' | 'sum' | 'median' | 'average';
  /** The expression that `distinct`, `sum`, `median` and `average` work on. */
  readonly subject?: string;
  /** The id of the record behind a figure, for the drill-down (and distinct counts of records). */
  readonly record?: string;
  /** The case a record belongs to, when its reader reads it case by case (a referral). */
  readonly owner?: string;
}
