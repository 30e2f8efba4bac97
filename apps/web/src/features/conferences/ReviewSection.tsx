import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import type { ActionReviewOutcome } from '../../gql/enums';
import type { RoomFieldsFragment } from '../../gql/graphql';
import { Button } from '../../ui/Button';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { SelectField, TextField } from '../../ui/fields';
import { ActionItemTable, type ActionItem } from './ActionItemTable';
import { m, mv, outcomeLabels } from './messages';
import { REVIEW_ACTION_ITEM } from './operations';

const OUTCOMES: readonly ActionReviewOutcome[] = ['DONE', 'NOT_DONE', 'NO_LONGER_POSSIBLE'];

/** The review of earlier meetings' open action items on these cases: done or not, and why. */
export function ReviewSection({ conference, writable }: { conference: RoomFieldsFragment; writable: boolean }) {
  const intl = useIntl();
  const reviews = new Map(conference.actionReviews.map((review) => [review.taskId, review]));
  return (
    <section aria-labelledby="review-heading" className="flex flex-col gap-4">
      <h2 id="review-heading" className="text-std-24B-150">
        {intl.formatMessage(m.review)}
      </h2>
      {conference.openActionItems.length === 0 ? (
        <p className="text-std-16N-170 text-solid-gray-700">{intl.formatMessage(m.noReview)}</p>
      ) : (
        <ActionItemTable
          items={conference.openActionItems}
          extra={{
            heading: intl.formatMessage(m.outcome),
            cell: (item) => {
              const review = reviews.get(item.id);
              return (
                <div className="flex flex-col gap-2">
                  {review && <p>{intl.formatMessage(mv.reviewed, { outcome: intl.formatMessage(outcomeLabels[review.outcome]), reason: review.reason })}</p>}
                  {writable && <ReviewForm conferenceId={conference.id} item={item} />}
                </div>
              );
            },
          }}
        />
      )}
    </section>
  );
}

function ReviewForm({ conferenceId, item }: { conferenceId: string; item: ActionItem }) {
  const intl = useIntl();
  const [outcome, setOutcome] = useState<ActionReviewOutcome>('DONE');
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const [review, { loading, error }] = useMutation(REVIEW_ACTION_ITEM);
  const save = async () => {
    if (!reason.trim()) return setMissing(true);
    const result = await review({ variables: { conferenceId, taskId: item.id, outcome, reason: reason.trim() } }).catch(() => null);
    if (result?.data) setReason('');
  };
  return (
    <div className="flex min-w-64 flex-col gap-2">
      <SelectField
        label={intl.formatMessage(m.outcome)}
        value={outcome}
        onChange={(event) => setOutcome(event.target.value as ActionReviewOutcome)}
        options={OUTCOMES.map((value) => ({ value, label: intl.formatMessage(outcomeLabels[value]) }))}
      />
      <TextField
        label={intl.formatMessage(m.reviewReason)}
        value={reason}
        onChange={(event) => {
          setReason(event.target.value);
          setMissing(false);
        }}
        error={missing ? intl.formatMessage(m.reviewReasonMissing) : undefined}
      />
      <ErrorNotice error={error} />
      <div>
        <Button variant="outline" size="sm" disabled={loading} onClick={() => void save()}>
          {intl.formatMessage(m.recordReview)}
        </Button>
      </div>
    </div>
  );
}
