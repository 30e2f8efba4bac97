import type { ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { useIntl } from 'react-intl';
import { label, sectorLabels } from '../../../app/labels';
import type { Sector } from '../../../gql/enums';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { SelectField } from '../../../ui/fields';
import { Loading } from '../../../ui/Loading';
import { m } from './messages';

interface Candidate {
  readonly id: string;
  readonly name: string;
  readonly sector: Sector;
}

interface Props {
  readonly title: string;
  readonly lead: string;
  /** Said instead of the form when no agency may be asked (sending is then disabled). */
  readonly emptyText: string;
  /** The agencies that may be asked; the first is chosen unless the chair picks another. */
  readonly candidates: readonly Candidate[];
  /** The candidates are still being fetched. */
  readonly loadingCandidates: boolean;
  /** The agency select's react-hook-form registration, and whether it was left empty. */
  readonly agencyField: UseFormRegisterReturn;
  readonly agencyMissing: boolean;
  /** The request is being sent. */
  readonly sending: boolean;
  readonly error: unknown;
  readonly onCancel: () => void;
  readonly onConfirm: () => void;
  /** What the request asks for besides the agency (sections, due date, note). */
  readonly children: ReactNode;
}

/** The chair's request dialogs (出席の依頼, 情報提供の依頼): to which agency (依頼先の機関), then the request's own fields. */
export function AgencyRequestDialog({ title, lead, emptyText, candidates, loadingCandidates, agencyField, agencyMissing, sending, error, onCancel, onConfirm, children }: Props) {
  const intl = useIntl();
  return (
    <ConfirmDialog
      title={title}
      lead={lead}
      confirmLabel={intl.formatMessage(m.send)}
      onCancel={onCancel}
      onConfirm={onConfirm}
      error={error}
      loading={sending || candidates.length === 0}
    >
      {loadingCandidates ? (
        <Loading />
      ) : candidates.length === 0 ? (
        <p className="text-std-16N-170">{emptyText}</p>
      ) : (
        <>
          <SelectField
            label={intl.formatMessage(m.agency)}
            required
            error={agencyMissing ? intl.formatMessage(m.agencyMissing) : undefined}
            options={candidates.map((agency) => ({ value: agency.id, label: `${agency.name}（${label(intl, sectorLabels, agency.sector)}）` }))}
            {...agencyField}
          />
          {children}
        </>
      )}
    </ConfirmDialog>
  );
}
