import { useEffect, useState, type ReactNode } from 'react';
import { IntlProvider } from 'react-intl';
import { useLocale } from './locale';

// Japanese is the source language: its texts are the messages' `defaultMessage`, so only
// English needs a catalogue, loaded when English is chosen (it stays out of the first load).
// A missing English text falls back to Japanese, which is logged in development only.
function reportMissing(error: { code: string }): void {
  if (import.meta.env.DEV && error.code !== 'MISSING_TRANSLATION') console.error(error);
}

type Catalogue = Record<string, string>;

export function IntlRoot({ children }: { children: ReactNode }) {
  const locale = useLocale();
  const [english, setEnglish] = useState<Catalogue | null>(null);
  useEffect(() => {
    if (locale === 'en' && !english) void import('./en').then((module) => setEnglish(module.englishMessages));
  }, [locale, english]);
  // Until the English catalogue arrives, the page stays in Japanese rather than flashing ids.
  const inEnglish = locale === 'en' && english !== null;
  return (
    <IntlProvider locale={inEnglish ? 'en' : 'ja-JP'} defaultLocale="ja-JP" timeZone="Asia/Tokyo" messages={inEnglish ? english : {}} onError={reportMissing}>
      {children}
    </IntlProvider>
  );
}
