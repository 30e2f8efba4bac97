import { isPromiseLike } from './promise-like.js';

const DONE: IteratorReturnResult<undefined> = { done: true, value: undefined };

/**
 * The items of `source` that `select` turns into a value (null: the item is skipped), such
 * as the events a subscriber may receive, authorised at delivery. An iterator object, not an
 * async generator, for the reasons of {@link replayingStream}: `return()` reaches the source
 * at once, and a waiting stream holds nothing but its source's pending read. `select` answers
 * at once when it can (what it needs already at hand), else with a promise.
 */
export function selectedStream<T, U>(source: AsyncIterator<T>, select: (item: T) => U | null | Promise<U | null>): AsyncIterableIterator<U> {
  return new SelectedStream(source, select);
}

class SelectedStream<T, U> implements AsyncIterableIterator<U> {
  constructor(
    private readonly source: AsyncIterator<T>,
    private readonly select: (item: T) => U | null | Promise<U | null>,
  ) {}

  // Chained, not awaited: a waiting async function would hold a frame and a promise of its own.
  next(): Promise<IteratorResult<U>> {
    return this.source.next().then((step) => (step.done ? DONE : this.selected(step.value)));
  }

  // No promise of its own when `select` answers at once: a fan-out makes one per subscriber.
  private selected(item: T): IteratorResult<U> | Promise<IteratorResult<U>> {
    let value: U | null | Promise<U | null>;
    try {
      value = this.select(item);
    } catch (error) {
      return this.failed(error);
    }
    return isPromiseLike(value) ? value.then((chosen) => this.result(chosen), (error: unknown) => this.failed(error)) : this.result(value);
  }

  private result(value: U | null): IteratorResult<U> | Promise<IteratorResult<U>> {
    return value === null ? this.next() : { done: false, value };
  }

  // As a `for await` that throws: the source is ended, not left listening.
  private async failed(error: unknown): Promise<never> {
    await this.source.return?.();
    throw error;
  }

  async return(): Promise<IteratorResult<U>> {
    await this.source.return?.();
    return DONE;
  }

  async throw(error: unknown): Promise<IteratorResult<U>> {
    await this.source.return?.();
    throw error;
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<U> {
    return this;
  }
}
