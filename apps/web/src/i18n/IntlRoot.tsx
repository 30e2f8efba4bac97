import type { ReactNode } from 'react';
import { IntlProvider } from 'react-intl';
import { englishMessages } from './en';
import { useLocale } from './locale';

// Japanese is the source language: its texts are the messages' `defaultMessage`, so only
// English needs a catalogue. A missing English text falls back to Japanese, which is logged
// in development only.
function reportMissing(error: { code: string }): void {
  if (import.meta.env.DEV && error.code !== 'MISSING_TRANSLATION') console.error(error);
}

export function IntlRoot({ children }: { children: ReactNode }) {
  const locale = useLocale();
  return (
    <IntlProvider
      locale={locale === 'ja' ? 'ja-JP' : 'en'}
      defaultLocale="ja-JP"
      timeZone="Asia/Tokyo"
      messages={locale === 'en' ? englishMessages : {}}
      onError={reportMissing}
    >
      {children}
    </IntlProvider>
  );
}
