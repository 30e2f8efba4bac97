import { useIntl } from 'react-intl';
import { Button } from '../../ui/Button';
import { m as ui } from '../../ui/messages';
import type { EmergencyAccess } from './emergency-access';
import { m } from './messages';

/** New declarations, announced politely: the region stays in the page so additions are read out. */
export function EmergencyLiveNotices({ declared, onDismiss }: { declared: readonly EmergencyAccess[]; onDismiss: (id: string) => void }) {
  const intl = useIntl();
  return (
    <div role="status" className="mb-4 flex flex-col gap-2 empty:hidden">
      {declared.map((access) => (
        <div key={access.id} className="flex flex-wrap items-center justify-between gap-2 rounded-8 border-2 border-error-2 bg-red-50 px-4 py-2 text-std-16N-170">
          <p>{intl.formatMessage(m.liveDeclared, { user: access.declaredBy.displayName, agency: access.declaredByAgency.name })}</p>
          <Button variant="text" size="sm" onClick={() => onDismiss(access.id)}>
            {intl.formatMessage(ui.close)}
          </Button>
        </div>
      ))}
    </div>
  );
}
