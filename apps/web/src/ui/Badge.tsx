import type { ReactNode } from 'react';

export type BadgeTone = 'neutral' | 'info' | 'success' | 'warning' | 'error';

const tones: Record<BadgeTone, string> = {
  neutral: 'border-solid-gray-600 bg-solid-gray-50 text-solid-gray-800',
  info: 'border-blue-900 bg-blue-50 text-blue-1000',
  success: 'border-success-2 bg-green-50 text-green-1000',
  warning: 'border-warning-yellow-2 bg-yellow-50 text-yellow-1100',
  error: 'border-error-2 bg-red-50 text-red-1000',
};

/** A short status label; colour is never the only signal, the text says it too. */
export function Badge({ tone = 'neutral', children }: { tone?: BadgeTone; children: ReactNode }) {
  return <span className={`inline-flex items-center rounded-4 border px-2 py-0.5 text-oln-14B-100 whitespace-nowrap ${tones[tone]}`}>{children}</span>;
}
