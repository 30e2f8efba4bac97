// react-aria's own date values; installed with react-aria-components (as in DateField).
import { parseAbsolute, type ZonedDateTime } from '@internationalized/date';
import {
  Button as AriaButton,
  Calendar,
  CalendarCell,
  CalendarGrid,
  DateInput,
  DatePicker,
  Dialog,
  Group,
  Heading,
  Popover,
} from 'react-aria-components';
import { focusRing } from './classes';
import { DateFieldParts, dateSegment } from './DateFieldParts';

/** Offices read and write times in Japan time, whatever the device's zone. */
const JAPAN = 'Asia/Tokyo';

export interface DateTimePickerFieldProps {
  readonly label: string;
  /** An instant as ISO 8601 (the API's DateTime), or null for none. */
  readonly value: string | null;
  readonly onChange: (iso: string | null) => void;
  readonly error?: string | undefined;
  readonly hint?: string;
  readonly required?: boolean;
  /** The name of the button that opens the calendar (「カレンダーから選ぶ」). */
  readonly calendarLabel: string;
}

/**
 * A date and time (to the minute) in Japan time: typed segment by segment or picked from a
 * calendar (react-aria: each segment a labelled spin button, the calendar a keyboard grid).
 */
export function DateTimePickerField({ label, value, onChange, error, hint, required, calendarLabel }: DateTimePickerFieldProps) {
  const zoned: ZonedDateTime | null = value ? parseAbsolute(value, JAPAN) : null;
  return (
    <DatePicker
      className="flex flex-col gap-2"
      granularity="minute"
      hourCycle={24}
      value={zoned}
      onChange={(next) => onChange(next ? next.toDate().toISOString() : null)}
      isInvalid={!!error}
      isRequired={required ?? false}
    >
      <DateFieldParts label={label} required={required} hint={hint} error={error}>
        <Group className="flex w-full max-w-md items-center gap-2 rounded-8 border border-solid-gray-600 bg-white px-4 py-2 hover:border-black focus-within:outline focus-within:outline-4 focus-within:outline-black focus-within:ring-2 focus-within:ring-yellow-300 data-[invalid]:border-error-1">
          <DateInput className="flex flex-1 flex-wrap text-std-16N-170 text-solid-gray-800">{dateSegment}</DateInput>
          <AriaButton className={`min-h-9 rounded-6 border border-current px-2 text-oln-14B-100 text-blue-900 hover:bg-blue-200 ${focusRing}`}>{calendarLabel}</AriaButton>
        </Group>
      </DateFieldParts>
      <Popover className="rounded-8 border border-solid-gray-420 bg-white p-4 shadow-2">
        <Dialog className="outline-none">
          <Calendar>
            <header className="mb-2 flex items-center justify-between gap-2">
              <AriaButton slot="previous" className={`min-h-9 min-w-9 rounded-6 text-blue-900 hover:bg-blue-50 ${focusRing}`}>
                ◀
              </AriaButton>
              <Heading className="text-std-17B-170" />
              <AriaButton slot="next" className={`min-h-9 min-w-9 rounded-6 text-blue-900 hover:bg-blue-50 ${focusRing}`}>
                ▶
              </AriaButton>
            </header>
            <CalendarGrid className="border-collapse">
              {(date) => (
                <CalendarCell
                  date={date}
                  className={`flex size-10 items-center justify-center rounded-6 text-std-16N-170 hover:bg-blue-50 data-[outside-month]:hidden data-[selected]:bg-blue-900 data-[selected]:text-white ${focusRing}`}
                />
              )}
            </CalendarGrid>
          </Calendar>
        </Dialog>
      </Popover>
    </DatePicker>
  );
}
