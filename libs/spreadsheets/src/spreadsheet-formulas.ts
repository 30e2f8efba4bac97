// A cell Excel or LibreOffice would evaluate: `=`, `+`, `-`, `@`, or a tab or carriage return
// first (CSV injection, OWASP). Leading apostrophes count, so that a value that already starts
// with one survives the round trip.
const FORMULA = /^'*[=+\-@\t\r]/;

/** A cell as text a spreadsheet shows and does not run: an apostrophe before a formula's first character. */
export function defuseFormula(cell: string): string {
  return FORMULA.test(cell) ? `'${cell}` : cell;
}

/** The cell as it was before {@link defuseFormula}, so that an export reads back unchanged. */
export function restoreFormula(cell: string): string {
  return cell.startsWith("'") && FORMULA.test(cell) ? cell.slice(1) : cell;
}
