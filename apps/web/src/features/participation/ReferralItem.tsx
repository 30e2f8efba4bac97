import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { label } from '../../app/labels';
import type { ReferralFieldsFragment } from '../../gql/graphql';
import { Button } from '../../ui/Button';
import { linkText } from '../../ui/classes';
import { useDateFormat } from '../../ui/format';
import { BasisBadge } from '../cases/BasisBadge';
import { WithheldBadge } from '../cases/WithheldBadge';
import { m as cases } from '../cases/messages';
import { Fact } from '../plans/PlanView';
import { m, mv, referralEndReasonLabels } from './messages';
import { RecordProgressDialog } from './RecordProgressDialog';
import { mayIntroduce, nextReferralStatuses } from './referral-status';
import { ReferralStatusBadge } from './ReferralStatusBadge';

/**
 * One referral: where to (or 非開示 without a basis), its status, who referred, the next
 * follow-ups and its history; the referring agency records its progress and issues the 紹介票.
 */
export function ReferralItem({ referral, canUpdate, onRecorded }: { referral: ReferralFieldsFragment; canUpdate: boolean; onRecorded: (message: string) => void }) {
  const intl = useIntl();
  const { date } = useDateFormat();
  const [recording, setRecording] = useState(false);
  const resourceName = referral.resource?.name ?? intl.formatMessage(cases.withheld);
  const notYet = intl.formatMessage(m.notScheduled);
  const canRecord = canUpdate && nextReferralStatuses(referral.status).length > 0;

  return (
    <article aria-label={intl.formatMessage(mv.referralOf, { resource: resourceName })} className="flex flex-col gap-4 rounded-8 border border-solid-gray-420 p-4">
      <h3 className="flex flex-wrap items-center gap-2 text-std-20B-150">
        {referral.resource ? (
          <Link to="/resources/$resourceId" params={{ resourceId: referral.resource.id }} className={linkText}>
            {referral.resource.name}
          </Link>
        ) : (
          <WithheldBadge />
        )}
        <ReferralStatusBadge status={referral.status} />
      </h3>
      {referral.resource && <p className="text-std-16N-170 text-solid-gray-700">{referral.resource.organizationName}</p>}
      {referral.redacted && <p className="text-std-16N-170">{intl.formatMessage(m.withheldResource)}</p>}
      <dl className="grid gap-4 md:grid-cols-3">
        <Fact term={intl.formatMessage(m.agency)}>{referral.agency.name}</Fact>
        {referral.referredBy && <Fact term={intl.formatMessage(m.referredBy)}>{referral.referredBy.displayName}</Fact>}
        <Fact term={intl.formatMessage(m.basis)}>{referral.basis ? <BasisBadge basis={referral.basis} /> : <WithheldBadge />}</Fact>
        <Fact term={intl.formatMessage(m.followUpAt)}>{referral.followUpAt ? date(referral.followUpAt) : notYet}</Fact>
        <Fact term={intl.formatMessage(m.hostFollowUpAt)}>{referral.hostFollowUpAt ? date(referral.hostFollowUpAt) : notYet}</Fact>
        {referral.endReason && <Fact term={intl.formatMessage(m.endReason)}>{label(intl, referralEndReasonLabels, referral.endReason)}</Fact>}
      </dl>
      {!referral.redacted && (
        <dl className="grid gap-4 md:grid-cols-2">
          <Fact term={intl.formatMessage(m.sharedWithHost)}>
            <span className="whitespace-pre-wrap">{referral.sharedWithHost || intl.formatMessage(m.nothingShared)}</span>
          </Fact>
          {/* The referral's note is its first step's too: shown once, in the history, unless they differ. */}
          {referral.note && referral.note !== referral.history[0]?.note && (
            <Fact term={intl.formatMessage(m.note)}>
              <span className="whitespace-pre-wrap">{referral.note}</span>
            </Fact>
          )}
        </dl>
      )}
      <History referral={referral} />
      {canUpdate && (mayIntroduce(referral.status) || canRecord) && (
        <div className="flex flex-wrap items-center gap-4">
          {canRecord && (
            <Button variant="outline" size="sm" aria-label={intl.formatMessage(mv.recordFor, { resource: resourceName })} onClick={() => setRecording(true)}>
              {intl.formatMessage(m.record)}
            </Button>
          )}
          {mayIntroduce(referral.status) && (
            <Link to="/referrals/$referralId/introduction" params={{ referralId: referral.id }} className={linkText} aria-label={intl.formatMessage(mv.introductionFor, { resource: resourceName })}>
              {intl.formatMessage(m.introductionLink)}
            </Link>
          )}
        </div>
      )}
      {recording && (
        <RecordProgressDialog
          referral={referral}
          resourceName={resourceName}
          onClose={() => setRecording(false)}
          onRecorded={(message) => {
            setRecording(false);
            onRecorded(message);
          }}
        />
      )}
    </article>
  );
}

function History({ referral }: { referral: ReferralFieldsFragment }) {
  const intl = useIntl();
  const { dateTime } = useDateFormat();
  return (
    <div>
      <h4 className="mb-2 text-std-17B-170">{intl.formatMessage(m.history)}</h4>
      <ol className="flex flex-col gap-2 border-l-2 border-solid-gray-420 pl-4">
        {referral.history.map((step, index) => (
          <li key={`${step.at}-${index}`} className="text-std-16N-170">
            <span className="flex flex-wrap items-center gap-2">
              <time dateTime={step.at}>{dateTime(step.at)}</time>
              <ReferralStatusBadge status={step.status} />
              {step.endReason && <span>{label(intl, referralEndReasonLabels, step.endReason)}</span>}
            </span>
            {step.note && <span className="block whitespace-pre-wrap">{step.note}</span>}
          </li>
        ))}
      </ol>
    </div>
  );
}
