// Dates as a municipality prints them: Japan time whatever the server's zone, in the
// Gregorian calendar (2026年12月3日) or the era's (令和8年12月3日) as the reader chose.
const ZONE = 'Asia/Tokyo';

export interface DocumentDates {
  /** The JST calendar day of an instant. */
  readonly date: (instant: Date) => string;
  /** The JST day and time of an instant (2026年12月3日 23:30). */
  readonly dateTime: (instant: Date) => string;
  /** A calendar date as stored (YYYY-MM-DD), e.g. a review date. */
  readonly localDate: (date: string) => string;
}

export function documentDates(era: boolean): DocumentDates {
  const day = new Intl.DateTimeFormat(era ? 'ja-JP-u-ca-japanese' : 'ja-JP', { timeZone: ZONE, era: era ? 'long' : undefined, year: 'numeric', month: 'long', day: 'numeric' });
  const time = new Intl.DateTimeFormat('ja-JP', { timeZone: ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return {
    date: (instant) => day.format(instant),
    dateTime: (instant) => `${day.format(instant)} ${time.format(instant)}`,
    // Noon JST of that day: the same calendar day in every formatter.
    localDate: (date) => day.format(new Date(`${date}T12:00:00+09:00`)),
  };
}
