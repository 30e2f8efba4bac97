import { z } from 'zod';
import { isKanaReading } from '../../app/kana';
import type { DayOfWeek, ParticipationForm, ResourceTarget } from '../../gql/enums';
import type { ResourceFieldsFragment, ResourceInput } from '../../gql/graphql';
import { isClosingTime, isTime } from './schedule';

// The editor's form and its mapping to the API's ResourceInput. The form mirrors the input
// (schedules.0.opensAt), so a field the server refuses is marked where it is typed.

export const MAX_NAME = 200;
export const MAX_TEXT = 4000;

/** The keys of this form's check messages (messages.ts `m`). */
export type ResourceFormError = 'errRequired' | 'errTooLong' | 'errKana' | 'errTime' | 'errTimeOrder' | 'errNumber' | 'errEmail' | 'errUrl' | 'errLanguages';

const required = (max: number) => z.string().trim().min(1, 'errRequired').max(max, 'errTooLong');
const optional = (max: number) => z.string().trim().max(max, 'errTooLong');
const coordinate = z.string().trim().refine((text) => text === '' || Number.isFinite(Number(text)), 'errNumber');

const schedule = z
  .object({ dayOfWeek: z.string().min(1, 'errRequired'), opensAt: z.string().refine(isTime, 'errTime'), closesAt: z.string().refine(isClosingTime, 'errTime'), note: optional(MAX_NAME) })
  .refine((row) => !isTime(row.opensAt) || !isClosingTime(row.closesAt) || row.opensAt < row.closesAt, { message: 'errTimeOrder', path: ['closesAt'] });

/** Language codes as typed: separated by commas (either width), 読点 or spaces. */
export function parseLanguages(text: string): string[] {
  return text
    .split(/[\s,、，]+/)
    .map((code) => code.trim().toLowerCase())
    .filter(Boolean);
}

export const resourceFormSchema = z.object({
  name: required(MAX_NAME),
  nameKana: required(MAX_NAME).refine(isKanaReading, 'errKana'),
  organizationName: required(MAX_NAME),
  description: optional(MAX_TEXT),
  targets: z.array(z.string()),
  forms: z.array(z.string()),
  area: required(MAX_NAME),
  address: optional(MAX_NAME),
  latitude: coordinate,
  longitude: coordinate,
  schedules: z.array(schedule),
  phone: optional(50),
  email: z.string().trim().refine((text) => text === '' || z.email().safeParse(text).success, 'errEmail'),
  url: z.string().trim().refine((text) => text === '' || /^https?:\/\/\S+$/.test(text), 'errUrl'),
  cost: optional(MAX_NAME),
  accessibility: optional(MAX_TEXT),
  languages: z.string().refine((text) => parseLanguages(text).every((code) => /^[a-z]{2}$/.test(code)), 'errLanguages'),
});

export type ResourceForm = z.infer<typeof resourceFormSchema>;
export type ScheduleForm = ResourceForm['schedules'][number];

export const emptySchedule = (): ScheduleForm => ({ dayOfWeek: 'MONDAY', opensAt: '10:00', closesAt: '15:00', note: '' });

export function emptyResourceForm(): ResourceForm {
  return {
    name: '', nameKana: '', organizationName: '', description: '', targets: [], forms: [], area: '', address: '', latitude: '', longitude: '',
    schedules: [], phone: '', email: '', url: '', cost: '', accessibility: '', languages: 'ja',
  };
}

const orNull = (text: string): string | null => text.trim() || null;
const numberOrNull = (text: string): number | null => (text.trim() === '' ? null : Number(text));

/** What createResource and updateResource receive for a checked form. */
export function toResourceInput(form: ResourceForm): ResourceInput {
  return {
    name: form.name.trim(),
    nameKana: form.nameKana.trim(),
    organizationName: form.organizationName.trim(),
    description: form.description.trim(),
    targets: form.targets as ResourceTarget[],
    forms: form.forms as ParticipationForm[],
    area: form.area.trim(),
    address: form.address.trim(),
    latitude: numberOrNull(form.latitude),
    longitude: numberOrNull(form.longitude),
    schedules: form.schedules.map((row) => ({ dayOfWeek: row.dayOfWeek as DayOfWeek, opensAt: row.opensAt, closesAt: row.closesAt, note: orNull(row.note) })),
    phone: orNull(form.phone),
    email: orNull(form.email),
    url: orNull(form.url),
    cost: form.cost.trim(),
    accessibility: form.accessibility.trim(),
    languages: parseLanguages(form.languages),
  };
}

/** A saved resource as the editor's form. */
export function fromResource(resource: ResourceFieldsFragment): ResourceForm {
  return {
    name: resource.name,
    nameKana: resource.nameKana,
    organizationName: resource.organizationName,
    description: resource.description,
    targets: [...resource.targets],
    forms: [...resource.forms],
    area: resource.area,
    address: resource.address,
    latitude: resource.latitude?.toString() ?? '',
    longitude: resource.longitude?.toString() ?? '',
    schedules: resource.schedules.map((row) => ({ dayOfWeek: row.dayOfWeek, opensAt: row.opensAt, closesAt: row.closesAt, note: row.note ?? '' })),
    phone: resource.phone ?? '',
    email: resource.email ?? '',
    url: resource.url ?? '',
    cost: resource.cost,
    accessibility: resource.accessibility,
    languages: resource.languages.join(', '),
  };
}
