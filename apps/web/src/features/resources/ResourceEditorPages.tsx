import { useQuery } from '@apollo/client/react';
import { useNavigate } from '@tanstack/react-router';
import { useIntl } from 'react-intl';
import { editResourceRoute } from '../../app/router';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Loading } from '../../ui/Loading';
import { Notice } from '../../ui/Notice';
import { PageHeading } from '../../ui/PageHeading';
import { RoleGate } from '../../ui/RoleGate';
import { BackToResources } from './BackToResources';
import { m } from './messages';
import { RESOURCE } from './operations';
import { emptyResourceForm, fromResource } from './resource-form';
import { ResourceEditor } from './ResourceEditor';

const MAINTAINERS = ['ADMIN', 'COORDINATOR'] as const;

/** 社会資源の登録. */
export function NewResourcePage() {
  const intl = useIntl();
  const navigate = useNavigate();
  return (
    <RoleGate roles={MAINTAINERS}>
      <BackToResources />
      <PageHeading title={intl.formatMessage(m.newTitle)} />
      <ResourceEditor
        resource={null}
        initial={emptyResourceForm()}
        onSaved={(saved) => void navigate({ to: '/resources/$resourceId', params: { resourceId: saved.id } })}
        onCancel={() => void navigate({ to: '/resources' })}
      />
    </RoleGate>
  );
}

/** 社会資源の編集: the resource as last read, saved against its version. */
export function EditResourcePage() {
  const intl = useIntl();
  const navigate = useNavigate();
  const { resourceId } = editResourceRoute.useParams();
  const { data, loading, error } = useQuery(RESOURCE, { variables: { id: resourceId }, fetchPolicy: 'network-only' });
  const resource = data?.resource;
  const toPage = () => void navigate({ to: '/resources/$resourceId', params: { resourceId } });
  return (
    <RoleGate roles={MAINTAINERS}>
      <BackToResources />
      <PageHeading title={intl.formatMessage(m.editTitle)}>{resource && <p className="text-std-16N-170 text-solid-gray-700">{resource.name}</p>}</PageHeading>
      {resource ? (
        <ResourceEditor key={resource.id} resource={resource} initial={fromResource(resource)} onSaved={toPage} onCancel={toPage} />
      ) : loading ? (
        <Loading />
      ) : error ? (
        <ErrorNotice error={error} />
      ) : (
        <Notice tone="warning">{intl.formatMessage(m.missing)}</Notice>
      )}
    </RoleGate>
  );
}
