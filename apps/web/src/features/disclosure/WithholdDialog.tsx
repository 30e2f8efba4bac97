import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import type { DisclosureWithholdingGround } from '../../gql/enums';
import { ChoiceGroup } from '../../ui/ChoiceGroup';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { useDateFormat } from '../../ui/format';
import { RadioOption } from '../../ui/RadioOption';
import { GROUNDS, useGround } from './disclosure-labels';
import { m, mv } from './messages';
import { PERSON_DISCLOSURE, WITHHOLD_FROM_DISCLOSURE, type DisclosureRecord } from './operations';

/** 「不開示にする」: the officer names the ground of art. 78(1) under which one record leaves the document. */
export function WithholdDialog({ record, onClose }: { record: DisclosureRecord; onClose: () => void }) {
  const intl = useIntl();
  const { dateTime } = useDateFormat();
  const ground = useGround();
  const [chosen, setChosen] = useState<DisclosureWithholdingGround | null>(null);
  const [missing, setMissing] = useState(false);
  // The document's combined rows and counts are the server's: it is read again after the change.
  const [withhold, { loading, error }] = useMutation(WITHHOLD_FROM_DISCLOSURE, { refetchQueries: [PERSON_DISCLOSURE], awaitRefetchQueries: true });
  const confirm = async () => {
    if (!chosen) {
      setMissing(true);
      return;
    }
    await withhold({ variables: { provisionRecordId: record.id, ground: chosen } });
    onClose();
  };
  return (
    <ConfirmDialog
      title={intl.formatMessage(m.withhold)}
      lead={intl.formatMessage(mv.withholdLead, { at: dateTime(record.providedAt), recipient: record.recipientAgency.name })}
      confirmLabel={intl.formatMessage(m.withhold)}
      busyLabel={intl.formatMessage(m.withholding)}
      onCancel={onClose}
      onConfirm={() => void confirm().catch(() => undefined)}
      error={error}
      loading={loading}
    >
      <ChoiceGroup legend={intl.formatMessage(m.groundLegend)} error={missing && !chosen ? intl.formatMessage(m.groundRequired) : undefined} itemsClassName="flex flex-col gap-2">
        {GROUNDS.map((value) => (
          <RadioOption key={value} name="withholding-ground" value={value} checked={chosen === value} onChange={() => setChosen(value)} label={intl.formatMessage(mv.groundChoice, ground(value))} />
        ))}
      </ChoiceGroup>
    </ConfirmDialog>
  );
}
