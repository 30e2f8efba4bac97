import type { UseFormRegister } from 'react-hook-form';
import { useIntl } from 'react-intl';
import { dataCategoryLabels, label } from '../../../app/labels';
import type { DataCategory } from '../../../gql/enums';
import { inputBase } from '../../../ui/classes';
import { DataTable } from '../../../ui/DataTable';
import { table } from '../../../ui/table';
import { cellKey, type ConsentForm } from './consent-input';
import { effectLabels } from '../../../app/labels';
import { m, mv } from './messages';

const CATEGORIES = Object.keys(dataCategoryLabels) as DataCategory[];

/**
 * Recipients × kinds of information: one choice per cell (not specified / permit / deny),
 * the way a 同意書 lists them. Each select is named by its agency and category for screen readers.
 */
export function ProvisionGrid({ recipients, register }: { recipients: ReadonlyArray<{ id: string; name: string }>; register: UseFormRegister<ConsentForm> }) {
  const intl = useIntl();
  return (
    <DataTable columns={[intl.formatMessage(m.gridCategory), ...recipients.map((agency) => ({ key: agency.id, label: agency.name, className: 'min-w-36' }))]}>
      {CATEGORIES.map((category) => {
        const categoryName = label(intl, dataCategoryLabels, category);
        return (
          <tr key={category} className={table.row}>
            <th scope="row" className={`${table.cell} text-std-16B-170 whitespace-nowrap`}>{categoryName}</th>
            {recipients.map((agency) => (
              <td key={agency.id} className={table.cell}>
                <select
                  aria-label={intl.formatMessage(mv.cell, { agency: agency.name, category: categoryName })}
                  className={`${inputBase} py-1`}
                  defaultValue=""
                  {...register(`cells.${cellKey(agency.id, category)}`)}
                >
                  <option value="">{intl.formatMessage(m.cellNone)}</option>
                  <option value="PERMIT">{intl.formatMessage(effectLabels.PERMIT)}</option>
                  <option value="DENY">{intl.formatMessage(effectLabels.DENY)}</option>
                </select>
              </td>
            ))}
          </tr>
        );
      })}
    </DataTable>
  );
}
