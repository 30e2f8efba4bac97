import { useApolloClient, useQuery } from '@apollo/client/react';
import { Link, useParams } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import { hasRole, useMe } from '../../app/me';
import { Button } from '../../ui/Button';
import { linkText } from '../../ui/classes';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Checkbox } from '../../ui/fields';
import { Loading } from '../../ui/Loading';
import { PdfDownload } from '../../ui/PdfDownload';
import { RoleGate } from '../../ui/RoleGate';
import { m as sheet } from '../plans/sheet/messages';
import { saveFile } from '../plans/sheet/sheet-file';
import { DisclosureDocument } from './DisclosureDocument';
import { disclosureJson, documentOf, producedOn } from './disclosure-file';
import { m, mv } from './messages';
import { PERSON_DISCLOSURE, PERSON_DISCLOSURE_PDF } from './operations';
import { ReviewSection } from './ReviewSection';

/**
 * 本人開示 (ADMIN, AUDITOR): the document the person receives, as it prints, with 印刷 and
 * 「JSONで保存」; below it, for the screen only, the officer's review of each provision record.
 * Reached from the audit page's 提供記録: these roles cannot open the case page itself.
 */
export function DisclosurePage() {
  const intl = useIntl();
  const title = intl.formatMessage(m.pageTitle);
  useEffect(() => {
    document.title = `${title} | 連携 Renkei`;
  }, [title]);
  return (
    <RoleGate roles={['AUDITOR', 'ADMIN']}>
      <Disclosure />
    </RoleGate>
  );
}

function Disclosure() {
  const intl = useIntl();
  const { caseId = '' } = useParams({ strict: false });
  const me = useMe().data?.me;
  // Each reading is itself a disclosure the server audits; the officer's changes read it again.
  const { data, loading, error } = useQuery(PERSON_DISCLOSURE, { variables: { caseId }, fetchPolicy: 'cache-and-network' });
  const [era, setEra] = useState(false);
  const disclosure = data?.personDisclosure;
  const apollo = useApolloClient();
  const back = (
    <p className="mb-2">
      <Link to="/audit" className={linkText}>
        {intl.formatMessage(m.backToAudit)}
      </Link>
    </p>
  );
  if (!disclosure) {
    return (
      <>
        {back}
        {loading ? <Loading /> : <ErrorNotice error={error} />}
      </>
    );
  }
  const save = () => {
    const name = intl.formatMessage(mv.fileName, { caseId: disclosure.caseId, date: producedOn(disclosure) });
    saveFile(`${name}.json`, disclosureJson(disclosure), 'application/json');
  };
  return (
    <>
      {/* The document carries the page's one h1; the tools above it are for the screen only. */}
      <div className="no-print mb-6 flex flex-col gap-4">
        {back}
        <div className="flex flex-wrap items-center gap-4">
          <Checkbox label={intl.formatMessage(sheet.eraToggle)} checked={era} onChange={(event) => setEra(event.target.checked)} />
          <Button onClick={() => window.print()}>{intl.formatMessage(sheet.print)}</Button>
          <Button variant="outline" aria-describedby="disclosure-save-hint" onClick={save}>
            {intl.formatMessage(m.saveJson)}
          </Button>
          <p id="disclosure-save-hint" className="text-std-16N-170 text-solid-gray-700">
            {intl.formatMessage(m.saveJsonHint)}
          </p>
          <PdfDownload
            document={intl.formatMessage(m.pageTitle)}
            era={era}
            save={async (withEra) => (await apollo.query({ query: PERSON_DISCLOSURE_PDF, variables: { caseId, era: withEra }, fetchPolicy: 'network-only' })).data?.personDisclosurePdf}
          />
        </div>
      </div>
      <DisclosureDocument document={documentOf(disclosure)} era={era} />
      <ReviewSection records={disclosure.records} canDecide={hasRole(me, 'AUDITOR')} />
    </>
  );
}
