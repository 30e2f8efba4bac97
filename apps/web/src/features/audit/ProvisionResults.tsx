import { useQuery } from '@apollo/client/react';
import { useIntl } from 'react-intl';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useDateFormat } from '../../ui/format';
import { Loading } from '../../ui/Loading';
import { m, mv } from './messages';
import { PROVISION_RECORDS, PROVISION_RECORDS_OF_PERSON } from './operations';
import { groupByCase } from './provisionLookup';
import { CaseRecords } from './ProvisionTable';

/** The 提供記録 of one case. */
export function CaseProvisions({ caseId }: { caseId: string }) {
  const intl = useIntl();
  const { data, loading, error } = useQuery(PROVISION_RECORDS, { variables: { caseId } });
  const records = data?.provisionRecords;
  return (
    <>
      <ErrorNotice error={error} className="mb-4" />
      {loading && <Loading />}
      {records && (records.length === 0 ? <p className="text-std-16N-170">{intl.formatMessage(m.noProvisions)}</p> : <CaseRecords records={records} />)}
    </>
  );
}

/** The 提供記録 of a person, one table per case (an earlier closed case, a new intake …), oldest case first. */
export function PersonProvisions({ fullNameKana, birthDate }: { fullNameKana: string; birthDate: string }) {
  const intl = useIntl();
  const { eraDate } = useDateFormat();
  const { data, loading, error } = useQuery(PROVISION_RECORDS_OF_PERSON, { variables: { fullNameKana, birthDate: birthDate || null } });
  const records = data?.provisionRecordsOfPerson;
  const cases = records ? groupByCase(records) : [];
  const person = birthDate ? intl.formatMessage(mv.personBorn, { kana: fullNameKana, born: eraDate(birthDate) }) : intl.formatMessage(mv.person, { kana: fullNameKana });
  return (
    <>
      <ErrorNotice error={error} className="mb-4" />
      {loading && <Loading />}
      {records && (
        <p role="status" className="mb-4 text-std-17B-170">
          {records.length === 0
            ? intl.formatMessage(mv.noPersonProvisions, { person })
            : intl.formatMessage(mv.personTotal, { person, cases: intl.formatNumber(cases.length), count: intl.formatNumber(records.length) })}
        </p>
      )}
      {cases.map((group) => (
        <div key={group.caseId} className="mb-8 break-inside-avoid-page">
          <h3 className="mb-2 break-all text-std-20B-150">{intl.formatMessage(mv.caseHeading, { id: group.caseId })}</h3>
          <CaseRecords records={group.records} />
        </div>
      ))}
    </>
  );
}
