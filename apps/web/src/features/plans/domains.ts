import type { IntlShape } from 'react-intl';
import { dataCategoryLabels, label } from '../../app/labels';
import type { DataCategory } from '../../gql/enums';
import { domainLabels } from './messages';

/** The life domains an assessment and a goal are written by (生活の分野), each a data category. */
export const LIFE_DOMAINS: readonly DataCategory[] = ['HOUSING', 'HEALTH', 'MENTAL_HEALTH', 'DISABILITY', 'FINANCES', 'EMPLOYMENT', 'FAMILY', 'CARE_NEEDS', 'LEGAL', 'SAFEGUARDING', 'EDUCATION'];

/** A domain as the assessment sheet names it; BASIC (not a life domain) by its category name. */
export function domainName(intl: IntlShape, category: DataCategory): string {
  return category === 'BASIC' ? label(intl, dataCategoryLabels, category) : label(intl, domainLabels, category);
}
