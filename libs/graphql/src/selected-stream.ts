const DONE: IteratorReturnResult<undefined> = { done: true, value: undefined };

/**
 * The items of `source` that `select` turns into a value (null: the item is skipped), such
 * as the events a subscriber may receive, authorised at delivery. An iterator object, not an
 * async generator, for the reasons of {@link replayingStream}: `return()` reaches the source
 * at once, and a waiting stream holds nothing but its source's pending read.
 */
export function selectedStream<T, U>(source: AsyncIterator<T>, select: (item: T) => Promise<U | null>): AsyncIterableIterator<U> {
  return new SelectedStream(source, select);
}

class SelectedStream<T, U> implements AsyncIterableIterator<U> {
  constructor(
    private readonly source: AsyncIterator<T>,
    private readonly select: (item: T) => Promise<U | null>,
  ) {}

  // Chained, not awaited: a waiting async function would hold a frame and a promise of its own.
  next(): Promise<IteratorResult<U>> {
    return this.source.next().then((step) => (step.done ? DONE : this.selected(step.value)));
  }

  private async selected(item: T): Promise<IteratorResult<U>> {
    let value: U | null;
    try {
      value = await this.select(item);
    } catch (error) {
      // As a `for await` that throws: the source is ended, not left listening.
      await this.source.return?.();
      throw error;
    }
    return value === null ? this.next() : { done: false, value };
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
