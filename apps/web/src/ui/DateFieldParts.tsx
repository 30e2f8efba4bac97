import type { ComponentProps, ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { DateSegment, Label, Text } from 'react-aria-components';
import { m } from './messages';

/**
 * What DateField and DateTimePickerField share inside their react-aria field: the label with
 * its 必須 mark, the hint, the input (children) and the error, in that order (react-aria links
 * them by slot).
 */
export function DateFieldParts({ label, required, hint, error, children }: { label: string; required?: boolean | undefined; hint?: string | undefined; error?: string | undefined; children: ReactNode }) {
  const intl = useIntl();
  return (
    <>
      <Label className="flex items-center gap-2 text-std-17B-170 text-solid-gray-800">
        {label}
        {required && <span className="text-oln-16N-100 text-error-1">{intl.formatMessage(m.required)}</span>}
      </Label>
      {hint && (
        <Text slot="description" className="text-std-16N-170 text-solid-gray-700">
          {hint}
        </Text>
      )}
      {children}
      {error && (
        <Text slot="errorMessage" className="text-dns-16N-130 text-error-1">
          ＊{error}
        </Text>
      )}
    </>
  );
}

/** One typed segment (年, 月, 日, 時, 分) of a DateInput: `<DateInput>{dateSegment}</DateInput>`. */
export function dateSegment(segment: ComponentProps<typeof DateSegment>['segment']) {
  return <DateSegment segment={segment} className="rounded-4 px-0.5 tabular-nums outline-none focus:bg-blue-900 focus:text-white data-[placeholder]:text-solid-gray-536" />;
}
