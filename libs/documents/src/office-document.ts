/**
 * The one template every office document (会議録, 提供記録, プラン, 本人開示) is written in:
 * a title and the municipality, then blocks. A document says what it holds; how a block
 * looks on A4 is decided once, in the PDF definition, so no document lays itself out.
 */
export interface OfficeDocument {
  readonly title: string;
  /** The municipality issuing it: printed in every page's header. */
  readonly municipality: string;
  /** When it was produced (作成日), printed under the title. */
  readonly issuedAt: Date;
  /** Dates in 和暦 (令和8年12月3日) rather than 2026年12月3日. */
  readonly era: boolean;
  readonly blocks: readonly DocumentBlock[];
}

export type DocumentBlock =
  | { readonly kind: 'heading'; readonly text: string }
  | { readonly kind: 'paragraph'; readonly text: string }
  /** Facts as label and value (日時, 会長 …), in a two-column table. */
  | { readonly kind: 'facts'; readonly rows: readonly (readonly [label: string, value: string])[] }
  /** A table whose header row repeats on every page it runs over. */
  | { readonly kind: 'table'; readonly header: readonly string[]; readonly rows: readonly (readonly string[])[]; readonly widths?: readonly TableWidth[] }
  | { readonly kind: 'list'; readonly items: readonly string[] }
  /** A remark set apart from the record (a statement of confidentiality, what was withheld). */
  | { readonly kind: 'note'; readonly text: string };

/** A column's width: points, '*' (a share of what is left) or 'auto' (its content's). */
export type TableWidth = number | '*' | 'auto';

export const heading = (text: string): DocumentBlock => ({ kind: 'heading', text });
export const paragraph = (text: string): DocumentBlock => ({ kind: 'paragraph', text });
export const facts = (rows: readonly (readonly [string, string])[]): DocumentBlock => ({ kind: 'facts', rows });
export const list = (items: readonly string[]): DocumentBlock => ({ kind: 'list', items });
export const note = (text: string): DocumentBlock => ({ kind: 'note', text });
export const table = (header: readonly string[], rows: readonly (readonly string[])[], widths?: readonly TableWidth[]): DocumentBlock => ({
  kind: 'table',
  header,
  rows,
  ...(widths ? { widths } : {}),
});
