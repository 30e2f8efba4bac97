import { useEffect, type ReactNode } from 'react';

/** The page's one h1; it also names the browser tab, so a screen reader announces the page. */
export function PageHeading({ title, children }: { title: string; children?: ReactNode }) {
  useEffect(() => {
    document.title = `${title} | 連携 Renkei`;
  }, [title]);
  return (
    <div className="mb-6 flex flex-wrap items-end justify-between gap-4">
      <h1 className="text-std-32B-150 text-solid-gray-900">{title}</h1>
      {children}
    </div>
  );
}
