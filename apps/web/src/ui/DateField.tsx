// react-aria's own date values; installed with react-aria-components (as in DateTimePickerField).
import { parseDate, type CalendarDate } from '@internationalized/date';
import { DateField as AriaDateField, DateInput } from 'react-aria-components';
import { DateFieldParts, dateSegment } from './DateFieldParts';

export interface DateFieldProps {
  readonly label: string;
  /** A calendar date as YYYY-MM-DD (the API's LocalDate), or '' for none. */
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly onBlur?: () => void;
  readonly error?: string | undefined;
  readonly hint?: string;
  readonly required?: boolean;
}

function parsed(value: string): CalendarDate | null {
  try {
    return value ? parseDate(value) : null;
  } catch {
    return null;
  }
}

/**
 * A calendar date without a time (a birth date): typed segment by segment in the page's
 * language (年・月・日 in Japanese), unlike the browser's date input, whose order follows the
 * browser's own language. Each segment is a labelled spin button (react-aria).
 */
export function DateField({ label, value, onChange, onBlur, error, hint, required }: DateFieldProps) {
  return (
    <AriaDateField
      className="flex flex-col gap-2"
      value={parsed(value)}
      onChange={(next) => onChange(next ? next.toString() : '')}
      onBlur={onBlur}
      isInvalid={!!error}
      isRequired={required ?? false}
      validationBehavior="aria"
    >
      <DateFieldParts label={label} required={required} hint={hint} error={error}>
        <DateInput className="flex w-full flex-wrap rounded-8 border border-solid-gray-600 bg-white px-4 py-[calc(11/16*1rem)] text-std-16N-170 text-solid-gray-800 hover:border-black focus-within:outline focus-within:outline-4 focus-within:outline-black focus-within:ring-2 focus-within:ring-yellow-300 data-[invalid]:border-error-1">
          {dateSegment}
        </DateInput>
      </DateFieldParts>
    </AriaDateField>
  );
}
