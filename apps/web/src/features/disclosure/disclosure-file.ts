import { todayInJapan } from '../cases/consents/consent-input';
import type { Disclosure } from './operations';

/** The document as the person receives it: every field but the officer's individual records. */
export type DisclosureDocument = Omit<Disclosure, 'records'>;

/**
 * The document's fields, named one by one: the individual records (and with them what was
 * withheld) are for the officer's review and never leave in the person's copy, nor would a
 * field the server adds later.
 */
export function documentOf(d: Disclosure): DisclosureDocument {
  const { caseId, personName, municipalityName, producedAt, team, consents, provisions, withheld, plan } = d;
  return { caseId, personName, municipalityName, producedAt, team, consents, provisions, withheld, plan };
}

/** What 「JSONで保存」 writes: the document, without the client's cache bookkeeping (__typename). */
export function disclosureJson(d: Disclosure): string {
  return `${JSON.stringify(documentOf(d), (key, value: unknown) => (key === '__typename' ? undefined : value), 2)}\n`;
}

/** The day the document was produced, in Japan (YYYY-MM-DD), for the file's name. */
export function producedOn(d: Pick<Disclosure, 'producedAt'>): string {
  return todayInJapan(new Date(d.producedAt));
}
