import { useState } from 'react';
import { useIntl } from 'react-intl';
import { Button } from '../../../ui/Button';
import { Notice } from '../../../ui/Notice';
import { m, mv } from './messages';
import { RequestInformationDialog } from './RequestInformationDialog';

/** The chair's 「情報提供を依頼」 on one agenda case, and the word that it was sent. */
export function RequestInformationButton({ conferenceId, agendaCase, chairAgencyId }: { conferenceId: string; agendaCase: { id: string; title: string }; chairAgencyId: string }) {
  const intl = useIntl();
  const [open, setOpen] = useState(false);
  const [sentTo, setSentTo] = useState<string | null>(null);
  return (
    <div className="flex flex-col items-start gap-2">
      <Button variant="outline" size="sm" aria-label={intl.formatMessage(mv.informationButton, { title: agendaCase.title })} onClick={() => setOpen(true)}>
        {intl.formatMessage(m.requestInformation)}
      </Button>
      {sentTo && <Notice tone="success">{intl.formatMessage(mv.sent, { agency: sentTo })}</Notice>}
      {open && (
        <RequestInformationDialog
          conferenceId={conferenceId}
          agendaCase={agendaCase}
          chairAgencyId={chairAgencyId}
          onClose={(to) => {
            setOpen(false);
            if (to) setSentTo(to);
          }}
        />
      )}
    </div>
  );
}
