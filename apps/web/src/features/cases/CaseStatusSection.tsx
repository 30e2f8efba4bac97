import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { caseStatusLabels, label } from '../../app/labels';
import { hasCode } from '../../graphql/errors';
import type { CaseStatus } from '../../gql/enums';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { TextArea } from '../../ui/fields';
import { Notice } from '../../ui/Notice';
import { PageSection } from '../../ui/PageSection';
import { CaseStatusBadge } from './CaseStatusBadge';
import { LIFE_CYCLE } from './case-status';
import { m } from './messages';
import { CHANGE_CASE_STATUS } from './operations';

/**
 * Where the case is in its life, and — for the coordinator, who alone moves it by hand — only
 * the steps the server accepts from here; the support plan takes the others. Everyone else
 * sees the status, not the buttons.
 */
export function CaseStatusSection({
  caseId,
  status,
  nextStatuses,
  canChange,
  onStale,
}: {
  caseId: string;
  status: CaseStatus;
  /** The steps the server accepts from here (Case.nextStatuses). */
  nextStatuses: readonly CaseStatus[];
  canChange: boolean;
  onStale: () => void;
}) {
  const intl = useIntl();
  const [target, setTarget] = useState<CaseStatus | null>(null);
  const [note, setNote] = useState('');
  const [done, setDone] = useState<CaseStatus | null>(null);
  const [conflict, setConflict] = useState(false);
  const [change, { error, loading, reset }] = useMutation(CHANGE_CASE_STATUS);
  const name = (value: CaseStatus) => label(intl, caseStatusLabels, value);

  const choose = (next: CaseStatus | null) => {
    setTarget(next);
    setNote('');
    reset();
  };
  const confirm = async () => {
    if (!target) return;
    try {
      await change({ variables: { caseId, status: target, note: note.trim() || null } });
      setDone(target);
      setConflict(false);
      choose(null);
    } catch (failure) {
      // The case moved meanwhile: reload it, so the steps offered are right again.
      if (hasCode(failure, 'CONFLICT')) {
        onStale();
        setConflict(true);
        setDone(null);
        choose(null);
      }
    }
  };

  return (
    <PageSection title={intl.formatMessage(m.statusHeading)}>
      <div className="flex flex-col gap-4">
        <p className="flex flex-wrap items-center gap-2 text-std-16N-170">
          {intl.formatMessage(m.currentStatus)}
          <CaseStatusBadge status={status} />
        </p>
        <ol aria-label={intl.formatMessage(m.lifeCycle)} className="flex flex-wrap gap-2 text-std-16N-170">
          {LIFE_CYCLE.map((step) => (
            <li
              key={step}
              aria-current={step === status ? 'step' : undefined}
              className={`rounded-8 border px-3 py-1 ${step === status ? 'border-blue-900 bg-blue-50 font-bold text-blue-1000' : 'border-solid-gray-420 text-solid-gray-700'}`}
            >
              {name(step)}
              {step === status && <span className="sr-only">{intl.formatMessage(m.currentStep)}</span>}
            </li>
          ))}
        </ol>
        {done && done === status && <Notice tone="success">{intl.formatMessage(m.moved, { status: name(done) })}</Notice>}
        {conflict && <Notice tone="warning">{intl.formatMessage(m.statusConflict)}</Notice>}
        {canChange && (
          <div className="flex flex-col gap-2">
            <h3 className="text-std-17B-170">{intl.formatMessage(m.nextSteps)}</h3>
            <p className="text-std-16N-170">{intl.formatMessage(m.byPlan)}</p>
            <div className="flex flex-wrap gap-3">
              {nextStatuses.map((next) => (
                <Button key={next} variant="outline" onClick={() => choose(next)}>
                  {intl.formatMessage(m.moveTo, { status: name(next) })}
                </Button>
              ))}
            </div>
          </div>
        )}
      </div>
      {target && (
        <ConfirmDialog
          title={intl.formatMessage(m.moveTitle, { status: name(target) })}
          lead={intl.formatMessage(m.moveLead, { from: name(status), to: name(target) })}
          confirmLabel={intl.formatMessage(m.moveConfirm)}
          onCancel={() => choose(null)}
          onConfirm={() => void confirm()}
          error={error}
          loading={loading}
          busyLabel={intl.formatMessage(m.submitting)}
        >
          <TextArea label={intl.formatMessage(m.moveNote)} rows={3} maxLength={5000} value={note} onChange={(event) => setNote(event.target.value)} />
        </ConfirmDialog>
      )}
    </PageSection>
  );
}
