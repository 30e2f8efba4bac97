import { useSyncExternalStore } from 'react';

export type Locale = 'ja' | 'en';

const KEY = 'renkei.locale';
const listeners = new Set<() => void>();
let current: Locale = typeof window !== 'undefined' && window.localStorage.getItem(KEY) === 'en' ? 'en' : 'ja';
// The page's language follows the choice from the first paint, for screen readers and fonts.
if (typeof document !== 'undefined') document.documentElement.lang = current;

/** The display language: Japanese unless the user chose English (remembered on this device). */
export function useLocale(): Locale {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
  );
}

export function setLocale(locale: Locale): void {
  current = locale;
  window.localStorage.setItem(KEY, locale);
  document.documentElement.lang = locale;
  listeners.forEach((listener) => listener());
}
