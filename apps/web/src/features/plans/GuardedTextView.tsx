import { useIntl } from 'react-intl';
import type { GuardedTextFieldsFragment } from '../../gql/graphql';
import { BasisBadge } from '../cases/BasisBadge';
import { WithheldBadge } from '../cases/WithheldBadge';
import { m } from './messages';

/**
 * One labelled text of the writing agency (a dt/dd pair of a description list): its body with
 * the basis it is shown on, 非開示 and why, or 記入なし for a field left blank.
 */
export function GuardedTextView({ term, value }: { term: string; value: GuardedTextFieldsFragment | null | undefined }) {
  return (
    <div className="flex flex-col gap-1">
      <dt className="flex flex-wrap items-center gap-2 text-std-17B-170 text-solid-gray-800">
        {term}
        <GuardedBadge value={value} />
      </dt>
      <dd className="text-std-16N-170">
        <GuardedBody value={value} />
      </dd>
    </div>
  );
}

export function GuardedBadge({ value }: { value: GuardedTextFieldsFragment | null | undefined }) {
  if (value?.redacted) return <WithheldBadge />;
  return value?.basis ? <BasisBadge basis={value.basis} /> : null;
}

/** The text itself, or what stands in its place. */
export function GuardedBody({ value }: { value: GuardedTextFieldsFragment | null | undefined }) {
  const intl = useIntl();
  if (value?.redacted) return <span className="text-solid-gray-700">{intl.formatMessage(m.withheldReason)}</span>;
  if (!value?.text) return <span className="text-solid-gray-700">{intl.formatMessage(m.empty)}</span>;
  return <span className="whitespace-pre-wrap break-words">{value.text}</span>;
}
