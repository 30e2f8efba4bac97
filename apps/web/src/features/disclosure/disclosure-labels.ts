import { useIntl, type IntlShape } from 'react-intl';
import { dataCategoryLabels, label, withholdingGroundArticles, withholdingGroundLabels } from '../../app/labels';
import type { DataCategory, DisclosureWithholdingGround } from '../../gql/enums';

/** A ground for withholding as the law names it: the article (第78条第1項第7号) and its words. */
export function useGround(): (ground: DisclosureWithholdingGround) => { article: string; ground: string } {
  const intl = useIntl();
  return (ground) => ({ article: label(intl, withholdingGroundArticles, ground), ground: label(intl, withholdingGroundLabels, ground) });
}

/** The grounds in the order of art. 78(1), for the officer's choice. */
export const GROUNDS: readonly DisclosureWithholdingGround[] = ['HARMS_PERSON', 'THIRD_PARTY_INDIVIDUAL', 'PUBLIC_SAFETY', 'IMPEDES_AFFAIRS'];

/** Categories in words, in a list's Japanese punctuation. */
export function categoryList(intl: IntlShape, categories: readonly DataCategory[]): string {
  return categories.map((category) => label(intl, dataCategoryLabels, category)).join('、');
}
