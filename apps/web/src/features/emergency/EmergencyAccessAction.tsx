import { useState } from 'react';
import { useIntl } from 'react-intl';
import { hasRole, useMe } from '../../app/me';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { DeclareEmergencyDialog } from './DeclareEmergencyDialog';
import { m } from './messages';

/**
 * The case page's 「緊急時の閲覧」 action, for those the server lets declare: the coordinator, and
 * a caseworker whose agency is on the case team.
 */
export function EmergencyAccessAction({ caseId, teamAgencyIds }: { caseId: string; teamAgencyIds: readonly string[] }) {
  const intl = useIntl();
  const { data } = useMe();
  const [open, setOpen] = useState(false);
  const [declared, setDeclared] = useState(false);
  const me = data?.me;
  const mayDeclare = hasRole(me, 'COORDINATOR') || (hasRole(me, 'CASEWORKER') && !!me && teamAgencyIds.includes(me.agency.id));
  if (!mayDeclare) return null;
  return (
    <div className="mb-6 flex flex-col items-start gap-3">
      {declared && <Notice tone="success">{intl.formatMessage(m.declared)}</Notice>}
      <Button
        variant="outline"
        onClick={() => {
          setDeclared(false);
          setOpen(true);
        }}
      >
        {intl.formatMessage(m.declare)}
      </Button>
      {open && (
        <DeclareEmergencyDialog
          caseId={caseId}
          onClose={(done) => {
            setOpen(false);
            setDeclared(done);
          }}
        />
      )}
    </div>
  );
}
