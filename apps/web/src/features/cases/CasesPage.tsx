import { useApolloClient, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { hasRole, useMe } from '../../app/me';
import type { CaseStatus } from '../../gql/enums';
import { casesRoute } from '../../app/router';
import { Button } from '../../ui/Button';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { ExportMenu } from '../../ui/ExportMenu';
import { Loading } from '../../ui/Loading';
import { LoadMoreButton } from '../../ui/LoadMoreButton';
import { PageHeading } from '../../ui/PageHeading';
import { CaseFilters } from './CaseFilters';
import { CaseTable } from './CaseTable';
import { isCaseStatus } from './case-status';
import { IntakeDialog } from './IntakeDialog';
import { m } from './messages';
import { OpenCaseDialog } from './OpenCaseDialog';
import { CASES, CASES_FILE } from './operations';

const PAGE_SIZE = 20;

/** ケース一覧: the cases the user may know of, filtered by status and by the person's name. */
export function CasesPage() {
  const intl = useIntl();
  const { data: me } = useMe();
  const search = casesRoute.useSearch();
  const status = isCaseStatus(search.status) ? search.status : undefined;
  const q = search.q?.trim() || undefined;
  const [dialog, setDialog] = useState<'intake' | 'open' | null>(null);
  const isCoordinator = hasRole(me?.me, 'COORDINATOR');
  const apollo = useApolloClient();

  return (
    <>
      <PageHeading title={intl.formatMessage(m.listTitle)}>
        <div className="flex flex-wrap gap-3">
          {hasRole(me?.me, 'CASEWORKER', 'COORDINATOR') && <Button onClick={() => setDialog('intake')}>{intl.formatMessage(m.intake)}</Button>}
          {isCoordinator && (
            <Button variant="outline" onClick={() => setDialog('open')}>
              {intl.formatMessage(m.openCase)}
            </Button>
          )}
        </div>
      </PageHeading>
      <IntakeDialog isOpen={dialog === 'intake'} onOpenChange={(open) => setDialog(open ? 'intake' : null)} />
      {isCoordinator && <OpenCaseDialog isOpen={dialog === 'open'} onOpenChange={(open) => setDialog(open ? 'open' : null)} />}
      <CaseFilters status={status} q={q} />
      <div className="mb-4">
        <ExportMenu
          list={intl.formatMessage(m.listTitle)}
          save={async (format, encoding) => (await apollo.query({ query: CASES_FILE, variables: { format, encoding, status, search: q }, fetchPolicy: 'network-only' })).data?.casesFile}
        />
      </div>
      <CaseResults status={status} q={q} />
    </>
  );
}

function CaseResults({ status, q }: { status: CaseStatus | undefined; q: string | undefined }) {
  const intl = useIntl();
  const { data, previousData, loading, error, fetchMore } = useQuery(CASES, { variables: { first: PAGE_SIZE, status, search: q }, notifyOnNetworkStatusChange: true });
  const page = (data ?? previousData)?.cases;
  if (error && !page) return <ErrorNotice error={error} />;
  if (!page) return <Loading />;

  const more = () =>
    fetchMore({
      variables: { after: page.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({ cases: { ...fetchMoreResult.cases, edges: [...previous.cases.edges, ...fetchMoreResult.cases.edges] } }),
    });

  const cases = page.edges.map((edge) => edge.node);
  return (
    <div className="flex flex-col gap-4" aria-busy={loading}>
      <ErrorNotice error={error} />
      {cases.length === 0 ? (
        <p className="rounded-8 border border-solid-gray-420 bg-solid-gray-50 px-4 py-6 text-std-16N-170">{intl.formatMessage(status || q ? m.emptyFiltered : m.empty)}</p>
      ) : (
        <CaseTable cases={cases} caption={intl.formatMessage(m.listCaption, { count: page.totalCount })} />
      )}
      {page.pageInfo.hasNextPage && <LoadMoreButton onLoad={more} label={intl.formatMessage(m.more)} loadingLabel={intl.formatMessage(m.loadingMore)} />}
    </div>
  );
}
