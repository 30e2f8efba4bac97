/** Whether `value` is a promise to wait for, rather than an answer already at hand. */
export function isPromiseLike<V>(value: V | PromiseLike<V>): value is PromiseLike<V> {
  return typeof (value as { then?: unknown } | null | undefined)?.then === 'function';
}
