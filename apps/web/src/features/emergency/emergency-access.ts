import type { IntlShape } from 'react-intl';
import { dataCategoryLabels, label } from '../../app/labels';
import type { DataCategory } from '../../gql/enums';
import type { EmergencyAccessFieldsFragment } from '../../gql/graphql';

export type EmergencyAccess = EmergencyAccessFieldsFragment;

/** The categories opened, in the labels' words: 健康、精神保健. */
export function categoryList(intl: IntlShape, categories: readonly DataCategory[]): string {
  return categories.map((category) => label(intl, dataCategoryLabels, category)).join('、');
}

/** The review queue's order: overdue ones first (they wait longest past their deadline), then as the server sent them (newest first). */
export function queueOrder<T extends Pick<EmergencyAccess, 'reviewOverdue'>>(accesses: readonly T[]): T[] {
  return [...accesses].filter((access) => access.reviewOverdue).concat(accesses.filter((access) => !access.reviewOverdue));
}

/** Only the declarer ends a declaration early from the banner (the AUDITOR ends it from the queue, if ever). */
export function canEnd(access: Pick<EmergencyAccess, 'state' | 'declaredBy'>, meId: string | undefined): boolean {
  return access.state === 'ACTIVE' && access.declaredBy.id === meId;
}

/** A case named by the start of its id, as the audit trail does: the declaration does not carry the title. */
export const shortCaseId = (caseId: string) => caseId.slice(0, 8);
