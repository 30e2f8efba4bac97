import { useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import { Button } from '../../ui/Button';
import { EmergencyReviewPanel } from '../emergency/EmergencyReviewPanel';
import { PageHeading } from '../../ui/PageHeading';
import { RoleGate } from '../../ui/RoleGate';
import { ChainSection } from './ChainSection';
import { m } from './messages';
import type { ProvisionLookup } from './provisionLookup';
import { ProvisionsSection } from './ProvisionsSection';
import { EMPTY_FILTER } from './trailFilter';
import { TrailSection } from './TrailSection';

/** AUDITOR's desk (and ADMIN's): the tamper check, the audit trail and the 提供記録; printable. */
export function AuditPage() {
  const intl = useIntl();
  const [filter, setFilter] = useState(EMPTY_FILTER);
  const [provisionLookup, setProvisionLookup] = useState<ProvisionLookup>(null);
  const provisions = useRef<HTMLDivElement>(null);
  const showProvisions = (caseId: string) => {
    setProvisionLookup({ kind: 'case', caseId });
    // Takes the reader (and the keyboard) to the records just asked for.
    provisions.current?.focus();
    provisions.current?.scrollIntoView({ block: 'start' });
  };
  return (
    <>
      <PageHeading title={intl.formatMessage(m.title)}>
        <Button variant="outline" className="print:hidden" onClick={() => window.print()}>
          {intl.formatMessage(m.print)}
        </Button>
      </PageHeading>
      {/* The officer's desk is their home page: the emergency accesses awaiting review come first. */}
      <EmergencyReviewPanel />
      <RoleGate roles={['AUDITOR', 'ADMIN']}>
        <ChainSection />
        <div ref={provisions} tabIndex={-1} className="outline-none">
          <ProvisionsSection lookup={provisionLookup} onLookup={setProvisionLookup} />
        </div>
        <TrailSection filter={filter} onFilter={setFilter} onShowProvisions={showProvisions} />
      </RoleGate>
    </>
  );
}
