import { Link } from '@tanstack/react-router';
import { useIntl } from 'react-intl';
import { label, participationFormLabels, resourceTargetLabels } from '../../app/labels';
import type { ResourceListQuery } from '../../gql/graphql';
import { Badge } from '../../ui/Badge';
import { linkText } from '../../ui/classes';
import { DataTable } from '../../ui/DataTable';
import { table } from '../../ui/table';
import { m } from './messages';
import { useScheduleSummary } from './useScheduleSummary';

export type ResourceRow = ResourceListQuery['resources']['edges'][number]['node'];

/** The search results: one row per resource, its name linking to its page. */
export function ResourceTable({ resources, caption }: { resources: readonly ResourceRow[]; caption: string }) {
  const intl = useIntl();
  const summary = useScheduleSummary();
  const columns = [m.colName, m.colOrganization, m.colArea, m.colForms, m.colTargets, m.colSchedule].map((column) => intl.formatMessage(column));
  return (
    <DataTable columns={columns} caption={caption}>
      {resources.map((resource) => (
        <tr key={resource.id} className={table.row}>
          <td className={table.cell}>
            <span className="block text-dns-14N-130 text-solid-gray-700">{resource.nameKana}</span>
            <Link to="/resources/$resourceId" params={{ resourceId: resource.id }} className={`text-std-16B-170 ${linkText}`}>
              {resource.name}
            </Link>
            {!resource.active && (
              <span className="ml-2">
                <Badge tone="warning">{intl.formatMessage(m.inactive)}</Badge>
              </span>
            )}
          </td>
          <td className={table.cell}>{resource.organizationName}</td>
          <td className={`${table.cell} whitespace-nowrap`}>{resource.area}</td>
          <td className={table.cell}>{resource.forms.map((form) => label(intl, participationFormLabels, form)).join('、')}</td>
          <td className={table.cell}>{resource.targets.map((target) => label(intl, resourceTargetLabels, target)).join('、')}</td>
          <td className={table.cell}>{summary(resource.schedules)}</td>
        </tr>
      ))}
    </DataTable>
  );
}
