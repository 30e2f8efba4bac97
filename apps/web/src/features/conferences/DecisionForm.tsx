import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { Button } from '../../ui/Button';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { TextArea } from '../../ui/fields';
import { Notice } from '../../ui/Notice';
import { m } from './messages';
import { RECORD_DECISION } from './operations';

/** Records a decision (決定事項) on one agenda case. */
export function DecisionForm({ conferenceId, caseId }: { conferenceId: string; caseId: string }) {
  const intl = useIntl();
  const [text, setText] = useState('');
  const [empty, setEmpty] = useState(false);
  const [record, { loading, error, data }] = useMutation(RECORD_DECISION, { refetchQueries: ['ConferenceRoom'] });
  const save = async () => {
    if (!text.trim()) return setEmpty(true);
    const result = await record({ variables: { conferenceId, caseId, text: text.trim() } }).catch(() => null);
    if (result?.data) setText('');
  };
  return (
    <div className="flex flex-col gap-3">
      <TextArea
        label={intl.formatMessage(m.decisionText)}
        rows={2}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setEmpty(false);
        }}
        error={empty ? intl.formatMessage(m.decisionMissing) : undefined}
      />
      <ErrorNotice error={error} />
      {data && !text && <Notice tone="success">{intl.formatMessage(m.decisionSaved)}</Notice>}
      <div>
        <Button variant="outline" disabled={loading} onClick={() => void save()}>
          {intl.formatMessage(m.recordDecision)}
        </Button>
      </div>
    </div>
  );
}
