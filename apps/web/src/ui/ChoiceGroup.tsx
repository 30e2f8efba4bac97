import type { ReactNode } from 'react';

/**
 * A labelled group of checkboxes or radio buttons (fieldset + legend), with its error under it.
 * The choices sit in a two-column grid unless `itemsClassName` lays them out otherwise.
 */
export function ChoiceGroup({
  legend,
  hint,
  error,
  itemsClassName = 'grid gap-x-6 gap-y-2 sm:grid-cols-2',
  children,
}: {
  legend: string;
  hint?: ReactNode;
  error?: string | undefined;
  itemsClassName?: string;
  children: ReactNode;
}) {
  return (
    <fieldset className="flex flex-col gap-2" aria-invalid={error ? true : undefined}>
      <legend className="mb-2 text-std-17B-170 text-solid-gray-800">{legend}</legend>
      {hint && <p className="text-std-16N-170 text-solid-gray-700">{hint}</p>}
      <div className={itemsClassName}>{children}</div>
      {error && <p className="text-dns-16N-130 text-error-1">＊{error}</p>}
    </fieldset>
  );
}

/** For ui Checkbox in a grid: the box keeps its size when a long name wraps beside it. */
export const choiceItem = '[&>input]:shrink-0';
