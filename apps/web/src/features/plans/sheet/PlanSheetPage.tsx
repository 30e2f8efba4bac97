import { useApolloClient, useQuery } from '@apollo/client/react';
import { useParams } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import { useMe } from '../../../app/me';
import { hasCode } from '../../../graphql/errors';
import { Button } from '../../../ui/Button';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { Checkbox } from '../../../ui/fields';
import { Loading } from '../../../ui/Loading';
import { Notice } from '../../../ui/Notice';
import { PdfDownload } from '../../../ui/PdfDownload';
import { BackToCase, CaseMissing } from '../BackToCase';
import { m as plans } from '../messages';
import { CASE_PLANS } from '../operations';
import { m, mv } from './messages';
import { APPROVAL_CONFERENCE, PLAN_PDF } from './operations';
import { PlanSheet, type PlanSheetProps } from './PlanSheet';
import { saveFile, sheetFile } from './sheet-file';
import './plan-sheet.css';

/** The プランシート page: the sheet as it prints, with 印刷 and ダウンロード (the same sheet as a file). */
export function PlanSheetPage() {
  const intl = useIntl();
  const { caseId = '', planId = '' } = useParams({ strict: false });
  const municipality = useMe().data?.municipality.name ?? '';
  const { data, loading, error } = useQuery(CASE_PLANS, { variables: { id: caseId }, fetchPolicy: 'cache-and-network' });
  const plan = data?.case?.plans.find((candidate) => candidate.id === planId);
  const approval = useQuery(APPROVAL_CONFERENCE, { variables: { id: plan?.approval?.conferenceId ?? '' }, skip: !plan?.approval, errorPolicy: 'ignore' });
  const [era, setEra] = useState(false);
  const apollo = useApolloClient();

  const title = intl.formatMessage(m.pageTitle);
  useEffect(() => {
    document.title = `${title} | 連携 Renkei`;
  }, [title]);

  if (hasCode(error, 'NOT_FOUND')) return <CaseMissing />;
  if (!data?.case || !plan) {
    if (loading) return <Loading />;
    return error ? <ErrorNotice error={error} /> : <Notice tone="warning">{intl.formatMessage(plans.planNotFound)}</Notice>;
  }
  const sheet: PlanSheetProps = { plan, caseTitle: data.case.title, municipality, approvalConference: approval.data?.conference?.title, era };
  const download = async () => {
    const name = intl.formatMessage(mv.fileName, { number: plan.number, title: data.case?.title ?? '' });
    saveFile(`${name}.html`, await sheetFile(intl, sheet));
  };
  return (
    <>
      {/* The sheet carries the page's one h1; the tools above it are for the screen only. */}
      <div className="no-print mb-6 flex flex-col gap-4">
        <BackToCase caseId={caseId} />
        <div className="flex flex-wrap items-center gap-4">
          <Checkbox label={intl.formatMessage(m.eraToggle)} checked={era} onChange={(event) => setEra(event.target.checked)} />
          <Button onClick={() => window.print()}>{intl.formatMessage(m.print)}</Button>
          <Button variant="outline" aria-describedby="plan-sheet-download-hint" onClick={() => void download()}>
            {intl.formatMessage(m.download)}
          </Button>
          <p id="plan-sheet-download-hint" className="text-std-16N-170 text-solid-gray-700">
            {intl.formatMessage(m.downloadHint)}
          </p>
          <PdfDownload
            document={intl.formatMessage(m.pageTitle)}
            era={era}
            save={async (withEra) => (await apollo.query({ query: PLAN_PDF, variables: { planId, era: withEra }, fetchPolicy: 'network-only' })).data?.planPdf}
          />
        </div>
      </div>
      <PlanSheet {...sheet} />
    </>
  );
}
