import { isPromiseLike } from './promise-like.js';

/** One step of a stream's items: the item's value, null to skip it, or a promise of either. */
export type Step<T, U> = (item: T) => U | null | PromiseLike<U | null>;

/**
 * A stream that takes further steps into its own results. A subscriber's events pass through
 * several (the subscriber's authorisation, then the GraphQL execution); a stream wrapping a
 * stream would make a promise and a result of its own at each, for every delivery of a
 * fan-out to thousands. Taken in, the steps run as the item comes, and the taker's promise is
 * the only one (unless a step itself must wait).
 */
export interface SteppingStream<T> extends AsyncIterableIterator<T> {
  /** The stream with `step` taken after its own: in place of this one, before it is read. */
  through<U>(step: Step<T, U>): SteppingStream<U>;
  /**
   * `next()` without its promise: hands the next result to `taker`, at once when it is there,
   * else when it comes. A subscriber waiting on a promise holds it, its reaction and the
   * promise that reaction makes for its whole life, and each delivery makes them again.
   * One read at a time, as with `next()`; `took` and `failed` must not throw.
   */
  nextTo(taker: Taker<T>): void;
}

/** What takes a stream's next result when it comes, in place of a promise of it. */
export interface Taker<T> {
  took(result: IteratorResult<T>): void;
  failed(error: unknown): void;
}

export function isSteppingStream<T>(stream: AsyncIterable<T>): stream is SteppingStream<T> {
  return typeof (stream as Partial<SteppingStream<T>>).through === 'function';
}

/** `first`, then `second` on what it gives (null, skipped, stays null). */
export function thenStep<T, U, V>(first: Step<T, U>, second: Step<U, V>): Step<T, V> {
  return (item) => stepOn(first(item), second);
}

/** `step` on what an earlier step gave (null, skipped, stays null). */
export function stepOn<U, V>(value: U | null | PromiseLike<U | null>, step: Step<U, V>): V | null | PromiseLike<V | null> {
  if (value === null) return null;
  return isPromiseLike(value) ? Promise.resolve(value).then((settled) => (settled === null ? null : step(settled))) : step(value);
}
