import { useIntl } from 'react-intl';
import { useDateFormat } from '../../../ui/format';
import { startOfDay } from '../../cases/consents/consent-input';

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * How the sheet writes a date: a calendar day (the API's LocalDate: target and review dates)
 * or an instant (agreement, approval), always as the day in Japan, in 和暦 when chosen.
 */
export function useSheetDate(era: boolean): (value: string) => string {
  const intl = useIntl();
  const { eraDate } = useDateFormat();
  return (value) => {
    const instant = LOCAL_DATE.test(value) ? startOfDay(value) : value;
    return era ? eraDate(instant) : intl.formatDate(instant, { year: 'numeric', month: 'long', day: 'numeric' });
  };
}
