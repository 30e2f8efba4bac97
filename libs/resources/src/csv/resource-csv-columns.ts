import { DayOfWeek, ParticipationForm, ResourceTarget } from '../resource-enums.js';
import type { ResourceInput } from '../dto/resource.input.js';
import { codeReader, FORM_LABELS, TARGET_LABELS } from './resource-csv-labels.js';
import { joinList, splitList } from './resource-csv-lists.js';

/**
 * The columns of the directory's CSV: one row per resource, HSDS names where HSDS has the
 * field (service, organization, location and schedule folded into one row), so that a file
 * can be exchanged with other Open Referral directories.
 *
 * | column              | resource field   | HSDS                               | cell                                               |
 * |---------------------|------------------|------------------------------------|----------------------------------------------------|
 * | id                  | id               | service.id                         | blank: a new resource; an existing id: update it   |
 * | name                | name             | service.name                       | required                                           |
 * | alternate_name      | nameKana         | service.alternate_name             | ふりがな, required                                  |
 * | organization_name   | organizationName | organization.name                  | 運営団体, required                                  |
 * | description         | description      | service.description                | required                                           |
 * | eligibility         | targets          | eligibility.eligibility            | 対象: `;`-separated codes or labels (高齢; 子ども)   |
 * | participation_forms | forms            | — (Renkei extension)               | 参加の形: `;`-separated codes or labels             |
 * | service_area        | area             | service_area.service_area          | 地区, required                                      |
 * | address_1           | address          | physical_address.address_1         | one line, required                                 |
 * | latitude, longitude | latitude, …      | location.latitude, …               | decimal degrees, both or neither                   |
 * | schedule            | schedules        | schedule (byday, opens/closes_at)  | `MONDAY 10:00-15:00; THURSDAY 10:00-12:00 第2週のみ` |
 * | phone, email, url   | phone, email, url| phone.number, service.email, .url  | optional                                           |
 * | fees                | cost             | service.fees                       | required (無料, 1回300円)                           |
 * | accessibility       | accessibility    | accessibility_for_disabilities     | may be blank                                       |
 * | languages           | languages        | language.language                  | `;`-separated ISO 639-1 codes (ja; en; vi)         |
 *
 * A schedule entry is a day (MONDAY, MO or 月曜日), opening and closing "HH:MM" joined by
 * `-` or `〜`, then an optional note. A `;` inside a value is written `\;`.
 */

/** A resource as the export writes it and the import reads it: its id and its input. */
export interface CsvResource extends ResourceInput {
  id: string;
}

/** What a cell says, before the input's own validation; or why it cannot be read. */
export type CellValue = { value: unknown } | { error: string };

export interface CsvColumn {
  readonly header: string;
  /** The input field it fills (`id` for the id column). */
  readonly field: keyof ResourceInput | 'id';
  /** A file without this column is refused; a missing optional column means empty cells. */
  readonly required: boolean;
  read(cell: string): CellValue;
  write(resource: CsvResource): string;
}

const readTarget = codeReader(ResourceTarget, TARGET_LABELS);
const readForm = codeReader(ParticipationForm, FORM_LABELS);
const readDay = codeReader(DayOfWeek);

/** Text as written (the input's own rules trim it); a blank contact is none. */
const text = (header: string, field: keyof ResourceInput, required: boolean, blank: '' | null = ''): CsvColumn => ({
  header,
  field,
  required,
  read: (cell) => ({ value: cell.trim() === '' ? blank : cell }),
  write: (resource) => (resource[field] as string | null | undefined) ?? '',
});

/** A `;`-separated list of codes or labels; an unknown one is named in the error. */
function codes<T extends string>(header: string, field: 'targets' | 'forms', read: (spelling: string) => T | undefined, labels: Record<T, string>): CsvColumn {
  return {
    header,
    field,
    required: false,
    read(cell) {
      const spellings = splitList(cell);
      const unknown = spellings.filter((s) => read(s) === undefined);
      if (unknown.length > 0) return { error: `unknown value ${unknown.map((s) => `"${s}"`).join(', ')}; one of ${Object.values<string>(labels).join(', ')}` };
      return { value: [...new Set(spellings.map((s) => read(s)))] };
    },
    write: (resource) => joinList((resource[field] as T[]).map((code) => labels[code])),
  };
}

/** A decimal number (full-width digits accepted); blank is none. */
const decimal = (header: string, field: 'latitude' | 'longitude'): CsvColumn => ({
  header,
  field,
  required: false,
  read(cell) {
    const written = cell.normalize('NFKC').trim();
    if (written === '') return { value: null };
    const value = Number(written);
    return Number.isFinite(value) ? { value } : { error: 'must be a decimal number' };
  },
  write: (resource) => (resource[field] === null || resource[field] === undefined ? '' : String(resource[field])),
});

const DIGITS = '[0-9０-９]';
const TIME = `${DIGITS}{1,2}[:：]${DIGITS}{2}`;
const ENTRY = new RegExp(`^(\\S+?)\\s*(${TIME})\\s*[-~〜～－–—]\\s*(${TIME})(?:\\s+(.*))?$`, 'u');

/** "9:00" and "９：００" read as "09:00"; the input's rules check the range. */
const time = (written: string): string => written.normalize('NFKC').padStart(5, '0');

const schedule: CsvColumn = {
  header: 'schedule',
  field: 'schedules',
  required: false,
  read(cell) {
    const schedules = [];
    for (const entry of splitList(cell)) {
      const match = ENTRY.exec(entry);
      const day = match && readDay(match[1]);
      if (!match || !day) return { error: `cannot read "${entry}"; write e.g. MONDAY 10:00-15:00` };
      schedules.push({ dayOfWeek: day, opensAt: time(match[2]), closesAt: time(match[3]), note: match[4]?.trim() || null });
    }
    return { value: schedules };
  },
  write: (resource) => joinList(resource.schedules.map((s) => [s.dayOfWeek, `${s.opensAt}-${s.closesAt}`, s.note].filter(Boolean).join(' '))),
};

const languages: CsvColumn = {
  header: 'languages',
  field: 'languages',
  required: false,
  read: (cell) => ({ value: splitList(cell).map((code) => code.normalize('NFKC').toLowerCase()) }),
  write: (resource) => joinList(resource.languages),
};

export const RESOURCE_CSV_COLUMNS: readonly CsvColumn[] = [
  { header: 'id', field: 'id', required: false, read: (cell) => ({ value: cell.trim() || null }), write: (resource) => resource.id },
  text('name', 'name', true),
  text('alternate_name', 'nameKana', true),
  text('organization_name', 'organizationName', true),
  text('description', 'description', true),
  codes('eligibility', 'targets', readTarget, TARGET_LABELS),
  codes('participation_forms', 'forms', readForm, FORM_LABELS),
  text('service_area', 'area', true),
  text('address_1', 'address', true),
  decimal('latitude', 'latitude'),
  decimal('longitude', 'longitude'),
  schedule,
  text('phone', 'phone', false, null),
  text('email', 'email', false, null),
  text('url', 'url', false, null),
  text('fees', 'cost', true),
  text('accessibility', 'accessibility', false),
  languages,
];

/** The column of an input field, to name it in an error. */
export function columnOf(field: string): string {
  return RESOURCE_CSV_COLUMNS.find((c) => c.field === field)?.header ?? field;
}
