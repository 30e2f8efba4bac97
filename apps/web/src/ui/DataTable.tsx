import type { ReactNode } from 'react';
import { table } from './table';

/** A column heading; an object when the heading needs its own key (e.g. a non-unique label) or extra classes. */
export type DataTableColumn = string | { key: string; label: ReactNode; className?: string };

/**
 * The frame, table and column headings every list shares; rows come as children and style
 * their cells with ui/table.ts. Falsy columns are left out, so optional columns read inline.
 */
export function DataTable({
  columns,
  caption,
  captionClassName = 'mb-2 text-left text-std-16B-170',
  className,
  children,
}: {
  columns: ReadonlyArray<DataTableColumn | false | null | undefined>;
  caption?: ReactNode;
  captionClassName?: string;
  /** Extra classes for the scrolling frame (spacing). */
  className?: string;
  children: ReactNode;
}) {
  return (
    <div className={className ? `${table.frame} ${className}` : table.frame}>
      <table className={table.table}>
        {caption && <caption className={captionClassName}>{caption}</caption>}
        <thead className={table.head}>
          <tr>
            {columns.map((column) => {
              if (!column) return null;
              if (typeof column === 'string') {
                return (
                  <th key={column} scope="col" className={table.headCell}>
                    {column}
                  </th>
                );
              }
              return (
                <th key={column.key} scope="col" className={column.className ? `${table.headCell} ${column.className}` : table.headCell}>
                  {column.label}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
