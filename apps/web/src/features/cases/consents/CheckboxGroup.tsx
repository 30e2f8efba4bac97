import { useId, type ReactNode } from 'react';
import { Checkbox } from '../../../ui/fields';

/** A set of checkboxes choosing values, as one fieldset with its legend, hint and error. */
export function CheckboxGroup({ legend, hint, error, options, value, onChange }: {
  legend: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  options: ReadonlyArray<{ value: string; label: string }>;
  value: readonly string[];
  onChange: (value: string[]) => void;
}) {
  const id = useId();
  return (
    <fieldset aria-describedby={[hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined} className="flex flex-col gap-2">
      <legend className="mb-2 text-std-17B-170 text-solid-gray-800">{legend}</legend>
      {hint && <p id={`${id}-hint`} className="text-std-16N-170 text-solid-gray-700">{hint}</p>}
      <div className="flex flex-wrap gap-x-6 gap-y-2">
        {options.map((option) => (
          <Checkbox
            key={option.value}
            label={option.label}
            checked={value.includes(option.value)}
            onChange={(event) => onChange(event.target.checked ? [...value, option.value] : value.filter((v) => v !== option.value))}
          />
        ))}
      </div>
      {error && (
        <p id={`${id}-error`} className="text-dns-16N-130 text-error-1">
          ＊{error}
        </p>
      )}
    </fieldset>
  );
}
