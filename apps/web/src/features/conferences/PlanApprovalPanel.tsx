import { useMutation } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useIntl } from 'react-intl';
import { consentMethodLabels, goalTermLabels, label } from '../../app/labels';
import type { RoomFieldsFragment } from '../../gql/graphql';
import { hasCode } from '../../graphql/errors';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { useDateFormat } from '../../ui/format';
import { Notice } from '../../ui/Notice';
import { GuardedBody } from '../plans/GuardedTextView';
import { m as plans, mv as plansV } from '../plans/messages';
import { PlanStatusBadge } from '../plans/PlanStatusBadge';
import { useSheetDate } from '../plans/sheet/sheet-dates';
import { m, mv } from './messages';
import { APPROVE_PLAN } from './operations';

/** The plan as the room reads it (a part of PlanFields: see RoomFields). */
export type AgendaPlan = NonNullable<RoomFieldsFragment['agenda'][number]['plan']>;

/**
 * The support plan an agenda item carries, as the meeting reads it (goals, roles and agencies,
 * the person's agreement), and for the chair of a meeting in progress the 支援決定 itself.
 */
export function PlanApprovalPanel({ conferenceId, plan, mayApprove }: { conferenceId: string; plan: AgendaPlan; mayApprove: boolean }) {
  const intl = useIntl();
  const format = useDateFormat();
  const date = useSheetDate(false);
  const headingId = useId();
  const approvedHere = plan.approval?.conferenceId === conferenceId ? plan.approval : null;
  const roles = plan.goals.flatMap((goal) => goal.roles);
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-3 rounded-8 border border-solid-gray-420 bg-solid-gray-50 p-4">
      <h4 id={headingId} className="flex flex-wrap items-center gap-2 text-std-17B-170">
        {intl.formatMessage(plansV.planHeading, { number: plan.number })}
        <PlanStatusBadge status={plan.status} />
      </h4>
      <ol className="flex list-decimal flex-col gap-2 pl-6 text-std-16N-170">
        {plan.goals.map((goal) => (
          <li key={goal.id}>
            <span className="text-std-16B-170">{intl.formatMessage(mv.planGoal, { term: label(intl, goalTermLabels, goal.term) })}</span>
            <GuardedBody value={goal.text} />
            {goal.targetDate && intl.formatMessage(mv.planTarget, { date: date(goal.targetDate) })}
            {goal.roles.length === 0 ? (
              <p className="text-solid-gray-700">{intl.formatMessage(m.planNoRoles)}</p>
            ) : (
              <ul className="mt-1 flex list-disc flex-col gap-1 pl-6">
                {goal.roles.map((role) => (
                  <li key={role.id}>
                    {intl.formatMessage(mv.planRole, { agency: role.agency.name, frequency: role.frequency })}
                    <GuardedBody value={role.action} />
                    {role.taskId && (
                      <span className="ml-2">
                        <Badge tone="success">{intl.formatMessage(m.roleTask)}</Badge>
                      </span>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
      <p className="text-std-16N-170">
        {intl.formatMessage(mv.planFacts, {
          lead: plan.leadAgency?.name ?? intl.formatMessage(plans.notYet),
          review: plan.nextReviewOn ? date(plan.nextReviewOn) : intl.formatMessage(plans.notYet),
        })}
      </p>
      {plan.agreement ? (
        <p className="text-std-16N-170">{intl.formatMessage(mv.planAgreement, { method: label(intl, consentMethodLabels, plan.agreement.method), date: date(plan.agreement.obtainedAt) })}</p>
      ) : (
        <p id={`${headingId}-no-agreement`} className="text-std-16B-170 text-error-1">
          {intl.formatMessage(m.noAgreement)}
        </p>
      )}
      {approvedHere && (
        <Notice tone="success">{intl.formatMessage(mv.planApproved, { time: format.dateTime(approvedHere.approvedAt), tasks: roles.filter((role) => role.taskId).length })}</Notice>
      )}
      {mayApprove && <ApproveButton conferenceId={conferenceId} plan={plan} roles={roles.length} describedBy={plan.agreement ? undefined : `${headingId}-no-agreement`} />}
    </section>
  );
}

/** 支援決定: asks first, then approves the plan in this meeting; the room shows the decision live. */
function ApproveButton({ conferenceId, plan, roles, describedBy }: { conferenceId: string; plan: AgendaPlan; roles: number; describedBy: string | undefined }) {
  const intl = useIntl();
  const [open, setOpen] = useState(false);
  const [approve, { loading, error, reset }] = useMutation(APPROVE_PLAN, { refetchQueries: ['ConferenceRoom'], awaitRefetchQueries: true });
  const conflict = hasCode(error, 'CONFLICT');
  const close = () => {
    setOpen(false);
    reset();
  };
  const confirm = async () => {
    const result = await approve({ variables: { id: plan.id, conferenceId } }).catch(() => null);
    if (result?.data) setOpen(false);
  };
  return (
    <div>
      <Button aria-describedby={describedBy} onClick={() => setOpen(true)}>
        {intl.formatMessage(m.approvePlan)}
      </Button>
      <ConfirmDialog
        isOpen={open}
        title={intl.formatMessage(mv.planApproveTitle, { number: plan.number })}
        lead={intl.formatMessage(mv.planApproveLead, { number: plan.number, roles })}
        confirmLabel={intl.formatMessage(m.approveConfirm)}
        busyLabel={intl.formatMessage(m.approving)}
        loading={loading}
        // A refused approval says why in the meeting's words: most often the missing agreement.
        error={conflict ? undefined : error}
        onCancel={close}
        onConfirm={() => void confirm()}
      >
        {conflict && <Notice tone="error">{intl.formatMessage(plan.agreement ? m.approveConflict : m.agreementMissingConflict)}</Notice>}
      </ConfirmDialog>
    </div>
  );
}
