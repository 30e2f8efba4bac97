import { useIntl } from 'react-intl';

/**
 * Dates as a Japanese office writes them, always in Japan time (the IntlProvider's zone),
 * whatever the device's clock zone is. `era` gives 和暦 (令和8年12月2日) for printed records.
 */
export function useDateFormat() {
  const intl = useIntl();
  return {
    date: (iso: string) => intl.formatDate(iso, { year: 'numeric', month: 'long', day: 'numeric', weekday: 'short' }),
    dateTime: (iso: string) => intl.formatDate(iso, { year: 'numeric', month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit' }),
    time: (iso: string) => intl.formatTime(iso, { hour: '2-digit', minute: '2-digit' }),
    eraDate: (iso: string) => new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { era: 'long', year: 'numeric', month: 'long', day: 'numeric', timeZone: 'Asia/Tokyo' }).format(new Date(iso)),
  };
}
