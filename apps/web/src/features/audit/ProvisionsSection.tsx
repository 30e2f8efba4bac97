import { useIntl } from 'react-intl';
import { PageSection } from '../../ui/PageSection';
import { m } from './messages';
import type { ProvisionLookup } from './provisionLookup';
import { CaseLookupForm, PersonLookupForm } from './ProvisionLookupForms';
import { CaseProvisions, PersonProvisions } from './ProvisionResults';

/**
 * 提供記録, looked up two ways: by case, or by person — whose records may lie in several
 * cases (an earlier closed case, a new intake), found by the reading of the name.
 */
export function ProvisionsSection({ lookup, onLookup }: { lookup: ProvisionLookup; onLookup: (lookup: ProvisionLookup) => void }) {
  const intl = useIntl();
  return (
    <PageSection title={intl.formatMessage(m.provisions)} lead={intl.formatMessage(m.provisionsLead)}>
      <div className="mb-6 grid items-start gap-4 lg:grid-cols-2">
        <CaseLookupForm caseId={lookup?.kind === 'case' ? lookup.caseId : ''} onCaseId={(caseId) => onLookup({ kind: 'case', caseId })} />
        <PersonLookupForm onPerson={(person) => onLookup({ kind: 'person', ...person })} />
      </div>
      {lookup?.kind === 'case' && <CaseProvisions caseId={lookup.caseId} />}
      {lookup?.kind === 'person' && <PersonProvisions fullNameKana={lookup.fullNameKana} birthDate={lookup.birthDate} />}
    </PageSection>
  );
}
