import type { ReactNode } from 'react';

export type NoticeTone = 'info' | 'success' | 'warning' | 'error';

// After the Digital Agency's notification banner: a coloured frame and a heading. Errors and
// warnings interrupt screen readers (role=alert); the others are announced politely.
const tones: Record<NoticeTone, string> = {
  info: 'border-blue-900 bg-blue-50',
  success: 'border-success-2 bg-green-50',
  warning: 'border-warning-yellow-2 bg-yellow-50',
  error: 'border-error-2 bg-red-50',
};

export function Notice({ tone, title, children, className = '' }: { tone: NoticeTone; title?: ReactNode; children?: ReactNode; className?: string }) {
  return (
    <div role={tone === 'error' || tone === 'warning' ? 'alert' : 'status'} className={`rounded-12 border-2 px-4 py-3 text-std-16N-170 text-solid-gray-900 ${tones[tone]} ${className}`}>
      {title && <p className="text-std-17B-170">{title}</p>}
      {children}
    </div>
  );
}
