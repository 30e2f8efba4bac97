/**
 * The list cells of the CSV (eligibility, participation_forms, schedule, languages): values
 * separated by `;`. A `;` or `\` inside a value (a schedule's note may hold one) is written
 * `\;` or `\\`, so every value survives an export and re-import unchanged.
 */

export function splitList(cell: string): string[] {
  const values: string[] = [];
  let current = '';
  for (let i = 0; i < cell.length; i++) {
    const char = cell[i];
    if (char === '\\' && (cell[i + 1] === ';' || cell[i + 1] === '\\')) current += cell[++i];
    else if (char === ';') {
      values.push(current);
      current = '';
    } else current += char;
  }
  values.push(current);
  return values.map((v) => v.trim()).filter((v) => v !== '');
}

export function joinList(values: readonly string[]): string {
  return values.map((v) => v.replace(/[\\;]/g, (c) => `\\${c}`)).join('; ');
}
