import { useQuery } from '@apollo/client/react';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { useAccessChange } from '../../graphql/read-anew';
import { label, legalGroundLabels } from '../../app/labels';
import { useMe } from '../../app/me';
import { Button } from '../../ui/Button';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useDateFormat } from '../../ui/format';
import { Notice } from '../../ui/Notice';
import { useNow } from '../tasks/useNow';
import { canEnd, categoryList, type EmergencyAccess } from './emergency-access';
import { m } from './messages';
import { EMERGENCY_ACCESSES, END_EMERGENCY_ACCESS } from './operations';

/**
 * On every page of a case (the layout places it): 「緊急時の閲覧中」 while a declaration on that
 * case lasts, never silently. A viewer who may not see the declarations sees nothing here.
 */
export function EmergencyBanner() {
  const { caseId } = useParams({ strict: false });
  const now = useNow();
  const { data } = useQuery(EMERGENCY_ACCESSES, { variables: { caseId: caseId ?? null, active: true }, skip: !caseId, errorPolicy: 'ignore' });
  // A declaration that ran out while the page is open stops showing without a reload.
  const active = (data?.emergencyAccesses ?? []).filter((access) => access.state === 'ACTIVE' && Date.parse(access.expiresAt) > now);
  if (!caseId || active.length === 0) return null;
  return (
    <div className="mb-6 flex flex-col gap-2">
      {active.map((access) => (
        <DeclarationNotice key={access.id} access={access} />
      ))}
    </div>
  );
}

function DeclarationNotice({ access }: { access: EmergencyAccess }) {
  const intl = useIntl();
  const { dateTime } = useDateFormat();
  const { data } = useMe();
  const [ended, setEnded] = useState(false);
  // The sections opened by the declaration close again at once: every query of the page is read anew.
  const [end, { error, loading }] = useAccessChange(END_EMERGENCY_ACCESS);
  if (ended) return null;
  return (
    <Notice tone="warning" title={intl.formatMessage(m.banner, { categories: categoryList(intl, access.categories), until: dateTime(access.expiresAt) })}>
      <p>{intl.formatMessage(m.bannerBy, { user: access.declaredBy.displayName, agency: access.declaredByAgency.name, ground: label(intl, legalGroundLabels, access.legalGround) })}</p>
      <ErrorNotice error={error} className="mt-2" />
      {canEnd(access, data?.me.id) && (
        <Button
          variant="outline"
          size="sm"
          className="mt-2"
          disabled={loading}
          onClick={() =>
            void end({ variables: { id: access.id } })
              .then(() => setEnded(true))
              .catch(() => undefined)
          }
        >
          {intl.formatMessage(m.bannerEnd)}
        </Button>
      )}
    </Notice>
  );
}
