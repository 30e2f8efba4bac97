import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { hasRole, useMe } from '../../app/me';
import { assessmentRoute } from '../../app/router';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Loading } from '../../ui/Loading';
import { Notice } from '../../ui/Notice';
import { PageHeading } from '../../ui/PageHeading';
import { PageSection } from '../../ui/PageSection';
import { AssessmentEditor } from './AssessmentEditor';
import { AssessmentView } from './AssessmentView';
import { BackToCase, CaseMissing } from './BackToCase';
import { m, mv } from './messages';
import { CASE_ASSESSMENTS } from './operations';

/** アセスメント: the coordinator writes the next version; everyone on the case reads the versions. */
export function AssessmentPage() {
  const intl = useIntl();
  const { caseId } = assessmentRoute.useParams();
  const { data: me } = useMe();
  const { data, error, loading } = useQuery(CASE_ASSESSMENTS, { variables: { id: caseId }, fetchPolicy: 'cache-and-network' });
  const [saved, setSaved] = useState<number | null>(null);
  const c = data?.case;
  if (!c) return loading ? <Loading /> : error ? <ErrorNotice error={error} /> : <CaseMissing />;

  const [latest = null, ...earlier] = c.assessments;
  return (
    <>
      <BackToCase caseId={c.id} />
      <PageHeading title={intl.formatMessage(m.assessmentTitle)}>
        <p className="text-std-16N-170 text-solid-gray-700">{c.title}</p>
      </PageHeading>
      <p className="mb-6 text-std-16N-170">{intl.formatMessage(m.assessmentLead)}</p>
      {saved !== null && (
        <Notice tone="success" className="mb-6">
          {intl.formatMessage(mv.assessmentSaved, { number: saved })}
        </Notice>
      )}
      {hasRole(me?.me, 'COORDINATOR') && (
        <PageSection title={intl.formatMessage(m.writeAssessment)}>
          {/* After a save the editor starts again from the version just written. */}
          <AssessmentEditor key={latest?.id ?? 'first'} caseId={c.id} latest={latest} onSaved={setSaved} />
        </PageSection>
      )}
      <PageSection title={intl.formatMessage(m.latestAssessment)}>
        {latest ? <AssessmentView assessment={latest} headingLevel="h3" /> : <p className="text-std-16N-170">{intl.formatMessage(m.noAssessment)}</p>}
      </PageSection>
      {earlier.length > 0 && (
        <PageSection title={intl.formatMessage(m.earlierVersions)}>
          <div className="flex flex-col gap-4">
            {earlier.map((assessment) => (
              <AssessmentView key={assessment.id} assessment={assessment} headingLevel="h3" />
            ))}
          </div>
        </PageSection>
      )}
    </>
  );
}
