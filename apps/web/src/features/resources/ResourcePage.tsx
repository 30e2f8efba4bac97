import { useMutation, useQuery } from '@apollo/client/react';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { label, participationFormLabels, resourceTargetLabels } from '../../app/labels';
import { hasRole, useMe } from '../../app/me';
import { resourceRoute } from '../../app/router';
import type { ResourceFieldsFragment } from '../../gql/graphql';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { linkText } from '../../ui/classes';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useDateFormat } from '../../ui/format';
import { Loading } from '../../ui/Loading';
import { Notice } from '../../ui/Notice';
import { PageHeading } from '../../ui/PageHeading';
import { PageSection } from '../../ui/PageSection';
import { HostSupportSection } from '../participation/hosts/HostSupportSection';
import { BackToResources } from './BackToResources';
import { m } from './messages';
import { RESOURCE, SET_RESOURCE_ACTIVE } from './operations';
import { ScheduleTable } from './ScheduleTable';

/** A resource's page: everything the directory knows of it; maintainers edit or suspend it here. */
export function ResourcePage() {
  const intl = useIntl();
  const { resourceId } = resourceRoute.useParams();
  const { data, loading, error } = useQuery(RESOURCE, { variables: { id: resourceId }, fetchPolicy: 'cache-and-network' });
  const resource = data?.resource;
  if (!resource) {
    if (loading) return <Loading />;
    return (
      <>
        <BackToResources />
        {error ? <ErrorNotice error={error} /> : <Notice tone="warning">{intl.formatMessage(m.missing)}</Notice>}
      </>
    );
  }
  return <ResourceView resource={resource} />;
}

function ResourceView({ resource }: { resource: ResourceFieldsFragment }) {
  const intl = useIntl();
  const { date } = useDateFormat();
  const { data: me } = useMe();
  const maintainer = hasRole(me?.me, 'ADMIN', 'COORDINATOR');
  const list = (values: readonly string[]) => values.join('、');
  const languages = new Intl.DisplayNames([intl.locale], { type: 'language' });
  return (
    <>
      <BackToResources />
      <PageHeading title={resource.name}>{maintainer && <MaintainerActions resource={resource} />}</PageHeading>
      <p className="-mt-4 mb-6 flex flex-wrap items-center gap-3 text-std-16N-170 text-solid-gray-700">
        <span>{resource.nameKana}</span>
        {!resource.active && <Badge tone="warning">{intl.formatMessage(m.inactive)}</Badge>}
      </p>
      {!resource.active && <Notice tone="info" className="mb-6">{intl.formatMessage(m.suspended)}</Notice>}
      <PageSection title={intl.formatMessage(m.about)}>
        <dl className="grid gap-x-6 gap-y-3 md:grid-cols-[12rem_minmax(0,1fr)]">
          <Fact term={intl.formatMessage(m.organizationName)}>{resource.organizationName}</Fact>
          <Fact term={intl.formatMessage(m.description)}>
            <span className="whitespace-pre-wrap">{resource.description}</span>
          </Fact>
          <Fact term={intl.formatMessage(m.targets)}>{list(resource.targets.map((target) => label(intl, resourceTargetLabels, target)))}</Fact>
          <Fact term={intl.formatMessage(m.forms)}>{list(resource.forms.map((form) => label(intl, participationFormLabels, form)))}</Fact>
          <Fact term={intl.formatMessage(m.area)}>{resource.area}</Fact>
          <Fact term={intl.formatMessage(m.address)}>{resource.address}</Fact>
          <Fact term={intl.formatMessage(m.cost)}>{resource.cost}</Fact>
          <Fact term={intl.formatMessage(m.accessibility)}>{resource.accessibility}</Fact>
          <Fact term={intl.formatMessage(m.languages)}>{list(resource.languages.map((code) => languages.of(code) ?? code))}</Fact>
          <Fact term={intl.formatMessage(m.updatedAt)}>{date(resource.updatedAt)}</Fact>
        </dl>
      </PageSection>
      <PageSection title={intl.formatMessage(m.scheduleHeading)}>
        <ScheduleTable schedules={resource.schedules} />
      </PageSection>
      <PageSection title={intl.formatMessage(m.contactHeading)}>
        <Contact resource={resource} />
      </PageSection>
      <HostSupportSection resourceId={resource.id} />
    </>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt className="text-std-16B-170 text-solid-gray-800">{term}</dt>
      <dd className="text-std-16N-170">{children || '—'}</dd>
    </>
  );
}

function Contact({ resource }: { resource: ResourceFieldsFragment }) {
  const intl = useIntl();
  const { phone, email, url } = resource;
  if (!phone && !email && !url) return <p className="text-std-16N-170">{intl.formatMessage(m.noContact)}</p>;
  return (
    <dl className="grid gap-x-6 gap-y-3 md:grid-cols-[12rem_minmax(0,1fr)]">
      {phone && (
        <Fact term={intl.formatMessage(m.phone)}>
          <a href={`tel:${phone.replace(/[^\d+]/g, '')}`} className={linkText}>
            {phone}
          </a>
        </Fact>
      )}
      {email && (
        <Fact term={intl.formatMessage(m.email)}>
          <a href={`mailto:${email}`} className={`break-all ${linkText}`}>
            {email}
          </a>
        </Fact>
      )}
      {url && (
        <Fact term={intl.formatMessage(m.url)}>
          <a href={url} target="_blank" rel="noopener noreferrer" className={`break-all ${linkText}`}>
            {url}
          </a>
        </Fact>
      )}
    </dl>
  );
}

/** 編集 and 休止する / 再開する, for the directory's maintainers (ADMIN, COORDINATOR). */
function MaintainerActions({ resource }: { resource: ResourceFieldsFragment }) {
  const intl = useIntl();
  const [setActive, { loading, error }] = useMutation(SET_RESOURCE_ACTIVE);
  return (
    <div className="flex flex-col items-end gap-2">
      <div className="flex flex-wrap items-center gap-3">
        <Link to="/resources/$resourceId/edit" params={{ resourceId: resource.id }} className={linkText}>
          {intl.formatMessage(m.edit)}
        </Link>
        <Button variant="outline" disabled={loading} onClick={() => void setActive({ variables: { id: resource.id, active: !resource.active } }).catch(() => undefined)}>
          {intl.formatMessage(resource.active ? m.suspend : m.resume)}
        </Button>
      </div>
      <ErrorNotice error={error} />
    </div>
  );
}
