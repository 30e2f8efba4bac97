import { useIntl } from 'react-intl';
import { assessmentUrgencyLabels, label } from '../../app/labels';
import type { AssessmentFieldsFragment } from '../../gql/graphql';
import { useDateFormat } from '../../ui/format';
import { domainName } from './domains';
import { GuardedTextView } from './GuardedTextView';
import { m, mv } from './messages';

/** One version of an assessment, read-only: each text with its basis, or 非開示. */
export function AssessmentView({ assessment, headingLevel }: { assessment: AssessmentFieldsFragment; headingLevel: 'h2' | 'h3' }) {
  const intl = useIntl();
  const { dateTime } = useDateFormat();
  const Heading = headingLevel;
  const unknown = assessment.unknownDomains.map((category) => domainName(intl, category)).join('、');
  return (
    <article className="rounded-8 border border-solid-gray-420 p-4">
      <Heading className="mb-3 text-std-20B-150">
        {intl.formatMessage(mv.assessmentVersion, { number: assessment.number, writtenAt: dateTime(assessment.writtenAt), agency: assessment.agency.name })}
      </Heading>
      <dl className="flex flex-col gap-4">
        <div className="flex flex-col gap-1">
          <dt className="text-std-17B-170">{intl.formatMessage(m.urgency)}</dt>
          <dd className="text-std-16N-170">{label(intl, assessmentUrgencyLabels, assessment.urgency)}</dd>
        </div>
        {assessment.domains.map((domain) => (
          <GuardedTextView key={domain.category} term={domainName(intl, domain.category)} value={domain} />
        ))}
        <div className="flex flex-col gap-1">
          <dt className="text-std-17B-170">{intl.formatMessage(m.unknownDomains)}</dt>
          <dd className="text-std-16N-170">{unknown || intl.formatMessage(m.noUnknownDomains)}</dd>
        </div>
        <GuardedTextView term={intl.formatMessage(m.household)} value={assessment.household} />
        <GuardedTextView term={intl.formatMessage(m.strengths)} value={assessment.strengths} />
        <GuardedTextView term={intl.formatMessage(m.personWords)} value={assessment.personWords} />
        <GuardedTextView term={intl.formatMessage(m.professionalView)} value={assessment.professionalView} />
      </dl>
    </article>
  );
}
