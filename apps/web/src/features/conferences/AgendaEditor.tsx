import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { caseStatusLabels, label } from '../../app/labels';
import type { RoomFieldsFragment } from '../../gql/graphql';
import { Button } from '../../ui/Button';
import { ChoiceGroup, choiceItem } from '../../ui/ChoiceGroup';
import { Dialog } from '../../ui/Dialog';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Checkbox } from '../../ui/fields';
import { Loading } from '../../ui/Loading';
import { m as ui } from '../../ui/messages';
import { m } from './messages';
import { SCHEDULE_CHOICES, UPDATE_AGENDA } from './operations';

/** The coordinator replaces the agenda's cases (minutes of the cases that stay are kept). */
export function AgendaEditor({ conference, onSaved }: { conference: RoomFieldsFragment; onSaved: () => void }) {
  const intl = useIntl();
  const [open, setOpen] = useState(false);
  const [chosen, setChosen] = useState<readonly string[]>([]);
  const choices = useQuery(SCHEDULE_CHOICES, { skip: !open, fetchPolicy: 'network-only' });
  const [update, { loading, error }] = useMutation(UPDATE_AGENDA);

  const start = () => {
    setChosen(conference.agenda.flatMap((item) => (item.caseId ? [item.caseId] : [])));
    setOpen(true);
  };
  const save = async () => {
    const result = await update({ variables: { conferenceId: conference.id, caseIds: [...chosen] } }).catch(() => null);
    if (result?.data) {
      setOpen(false);
      onSaved();
    }
  };
  const toggle = (caseId: string, on: boolean) => setChosen((previous) => (on ? [...previous, caseId] : previous.filter((id) => id !== caseId)));

  return (
    <>
      <Button variant="outline" size="sm" onClick={start}>
        {intl.formatMessage(m.editAgenda)}
      </Button>
      <Dialog title={intl.formatMessage(m.editAgenda)} isOpen={open} onOpenChange={setOpen}>
        <ErrorNotice error={error ?? choices.error} className="mb-4" />
        {choices.loading || !choices.data ? (
          <Loading />
        ) : (
          <div className="flex flex-col gap-6">
            <ChoiceGroup legend={intl.formatMessage(m.agendaCases)}>
              {choices.data.cases.edges.map(({ node }) => (
                <Checkbox className={choiceItem} key={node.id} label={`${node.title}（${label(intl, caseStatusLabels, node.status)}）`} checked={chosen.includes(node.id)} onChange={(event) => toggle(node.id, event.target.checked)} />
              ))}
            </ChoiceGroup>
            <div className="flex flex-wrap justify-end gap-3">
              <Button variant="outline" onClick={() => setOpen(false)}>
                {intl.formatMessage(ui.cancel)}
              </Button>
              <Button disabled={loading} onClick={() => void save()}>
                {intl.formatMessage(m.saveAgenda)}
              </Button>
            </div>
          </div>
        )}
      </Dialog>
    </>
  );
}
