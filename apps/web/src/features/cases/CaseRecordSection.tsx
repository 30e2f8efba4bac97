import { useIntl } from 'react-intl';
import { basisLabels, dataCategoryLabels, label } from '../../app/labels';
import type { CaseDetailQuery } from '../../gql/graphql';
import { useDateFormat } from '../../ui/format';
import { PageSection } from '../../ui/PageSection';
import { m } from './messages';
import { WithheldBadge } from './WithheldBadge';

type CaseDetail = NonNullable<CaseDetailQuery['case']>;

const term = 'text-std-16B-170 text-solid-gray-800';
const value = 'text-std-16N-170 mb-3 md:mb-0';

/**
 * 本人情報: who the person is and what they told the counter — the recording agency's data,
 * shown with the basis it is seen on, or marked 非開示 with why.
 */
export function CaseRecordSection({ c }: { c: CaseDetail }) {
  const intl = useIntl();
  const { date, eraDate } = useDateFormat();
  const needs = c.needs.length > 0 ? c.needs.map((need) => label(intl, dataCategoryLabels, need)).join('、') : intl.formatMessage(m.noNeeds);
  return (
    <PageSection title={intl.formatMessage(m.recordHeading)} lead={c.recordBasis && intl.formatMessage(m.recordBasis, { basis: label(intl, basisLabels, c.recordBasis) })}>
      {c.subject ? null : (
        <div className="mb-4 flex flex-col gap-2 rounded-8 border border-solid-gray-420 bg-solid-gray-50 p-4">
          <p>
            <WithheldBadge />
          </p>
          <p className="text-std-16N-170">{intl.formatMessage(m.withheldWhy, { agency: c.recordingAgency.name })}</p>
        </div>
      )}
      <dl className="grid gap-x-6 gap-y-1 md:grid-cols-[12rem_minmax(0,1fr)] md:gap-y-3">
        {c.subject && (
          <>
            <dt className={term}>{intl.formatMessage(m.fullName)}</dt>
            <dd className={value}>{c.subject.fullName}</dd>
            <dt className={term}>{intl.formatMessage(m.fullNameKana)}</dt>
            <dd className={value}>{c.subject.fullNameKana}</dd>
            <dt className={term}>{intl.formatMessage(m.birthDate)}</dt>
            <dd className={value}>{eraDate(c.subject.birthDate)}</dd>
            <dt className={term}>{intl.formatMessage(m.address)}</dt>
            <dd className={value}>{c.subject.address}</dd>
            <dt className={term}>{intl.formatMessage(m.note)}</dt>
            <dd className={`${value} whitespace-pre-wrap`}>{c.intakeNote ?? intl.formatMessage(m.noNote)}</dd>
          </>
        )}
        <dt className={term}>{intl.formatMessage(m.needs)}</dt>
        <dd className={value}>{needs}</dd>
        <dt className={term}>{intl.formatMessage(m.recordingAgency)}</dt>
        <dd className={value}>{c.recordingAgency.name}</dd>
        <dt className={term}>{intl.formatMessage(m.openedAt)}</dt>
        <dd className={value}>{date(c.openedAt)}</dd>
      </dl>
    </PageSection>
  );
}
