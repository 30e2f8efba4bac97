import { useQuery } from '@apollo/client/react';
import { Link } from '@tanstack/react-router';
import { useIntl } from 'react-intl';
import { hasRole, useMe } from '../../app/me';
import { resourcesRoute } from '../../app/router';
import { linkText } from '../../ui/classes';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Loading } from '../../ui/Loading';
import { LoadMoreButton } from '../../ui/LoadMoreButton';
import { PageHeading } from '../../ui/PageHeading';
import { m, mv } from './messages';
import { RESOURCES } from './operations';
import { ResourceFilters } from './ResourceFilters';
import { ResourceTable } from './ResourceTable';
import { toResourceFilter, type ResourcesSearch } from './search-params';

const PAGE_SIZE = 20;

/** 社会資源: the municipality's directory, searched by name or kana and filtered. */
export function ResourcesPage() {
  const intl = useIntl();
  const { data: me } = useMe();
  const search = resourcesRoute.useSearch();
  return (
    <>
      <PageHeading title={intl.formatMessage(m.listTitle)}>
        {hasRole(me?.me, 'ADMIN', 'COORDINATOR') && (
          <div className="flex flex-wrap gap-4">
            <Link to="/resources/new" className={linkText}>
              {intl.formatMessage(m.newResource)}
            </Link>
            <Link to="/resources/import" className={linkText}>
              {intl.formatMessage(m.importExport)}
            </Link>
          </div>
        )}
      </PageHeading>
      <p className="mb-6 text-std-16N-170">{intl.formatMessage(m.listLead)}</p>
      <ResourceFilters search={search} />
      <ResourceResults search={search} />
    </>
  );
}

function ResourceResults({ search }: { search: ResourcesSearch }) {
  const intl = useIntl();
  const { data, previousData, loading, error, fetchMore } = useQuery(RESOURCES, { variables: { first: PAGE_SIZE, filter: toResourceFilter(search) }, notifyOnNetworkStatusChange: true });
  const page = (data ?? previousData)?.resources;
  if (error && !page) return <ErrorNotice error={error} />;
  if (!page) return <Loading />;

  const more = () =>
    fetchMore({
      variables: { after: page.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({ resources: { ...fetchMoreResult.resources, edges: [...previous.resources.edges, ...fetchMoreResult.resources.edges] } }),
    });

  const resources = page.edges.map((edge) => edge.node);
  return (
    <div className="flex flex-col gap-4" aria-busy={loading}>
      <ErrorNotice error={error} />
      {resources.length === 0 ? (
        <p className="rounded-8 border border-solid-gray-420 bg-solid-gray-50 px-4 py-6 text-std-16N-170">{intl.formatMessage(m.empty)}</p>
      ) : (
        <ResourceTable resources={resources} caption={intl.formatMessage(mv.listCaption, { count: page.totalCount })} />
      )}
      {page.pageInfo.hasNextPage && <LoadMoreButton onLoad={more} label={intl.formatMessage(m.more)} loadingLabel={intl.formatMessage(m.loadingMore)} />}
    </div>
  );
}
