import { useId, type ReactNode } from 'react';

/** A titled part of a page (h2), named by its heading so screen readers list it as a region. */
export function PageSection({ title, lead, actions, children }: { title: string; lead?: ReactNode; actions?: ReactNode; children: ReactNode }) {
  const id = useId();
  return (
    <section aria-labelledby={id} className="mb-10 break-inside-avoid-page">
      <div className="mb-4 flex flex-wrap items-end justify-between gap-3 border-b border-solid-gray-420 pb-2">
        <h2 id={id} className="text-std-24B-150 text-solid-gray-900">
          {title}
        </h2>
        {actions}
      </div>
      {lead && <p className="mb-4 text-std-16N-170 text-solid-gray-700">{lead}</p>}
      {children}
    </section>
  );
}
