import { useIntl } from 'react-intl';
import { consentMethodLabels, consentStateLabels, effectLabels, label, purposeLabels } from '../../app/labels';
import { Fact } from '../plans/sheet/PlanSheet';
import { categoryList } from './disclosure-labels';
import type { DisclosureDocument } from './disclosure-file';
import { m, mv } from './messages';

type Consent = DisclosureDocument['consents'][number];

/** The consents as the person gave them: state (有効 / 期間満了 / 撤回済み), who recorded them, and what each allowed or refused. */
export function DocumentConsents({ consents, date }: { consents: readonly Consent[]; date: (value: string) => string }) {
  const intl = useIntl();
  if (consents.length === 0) return <p>{intl.formatMessage(m.noConsents)}</p>;
  return (
    <ol className="disclosure-document__consents">
      {consents.map((consent, index) => (
        <li key={consent.id}>
          <ConsentEntry consent={consent} n={index + 1} date={date} />
        </li>
      ))}
    </ol>
  );
}

function ConsentEntry({ consent, n, date }: { consent: Consent; n: number; date: (value: string) => string }) {
  const intl = useIntl();
  const t = intl.formatMessage;
  return (
    <>
      <h3>{t(mv.consentNumber, { n })}</h3>
      <dl className="plan-sheet__facts">
        <Fact term={t(m.consentState)}>{label(intl, consentStateLabels, consent.state)}</Fact>
        <Fact term={t(m.recordedBy)}>{consent.recordedByAgency.name}</Fact>
        <Fact term={t(m.method)}>{label(intl, consentMethodLabels, consent.method)}</Fact>
        <Fact term={t(m.obtainedAt)}>{date(consent.obtainedAt)}</Fact>
        <Fact term={t(m.validUntil)}>{consent.validUntil ? date(consent.validUntil) : t(m.noLimit)}</Fact>
        {consent.revokedAt && <Fact term={t(m.revokedAt)}>{date(consent.revokedAt)}</Fact>}
        {consent.revocationReason && <Fact term={t(m.revocationReason)}>{consent.revocationReason}</Fact>}
      </dl>
      <table className="plan-sheet__table">
        <thead>
          <tr>
            <th scope="col">{t(m.effect)}</th>
            <th scope="col">{t(m.recipient)}</th>
            <th scope="col">{t(m.categories)}</th>
            <th scope="col">{t(m.purposes)}</th>
          </tr>
        </thead>
        <tbody>
          {consent.provisions.map((provision, index) => (
            <tr key={index}>
              <td>{label(intl, effectLabels, provision.effect)}</td>
              <td>{provision.recipient}</td>
              <td>{categoryList(intl, provision.categories)}</td>
              <td>{provision.purposes.map((purpose) => label(intl, purposeLabels, purpose)).join('、')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
