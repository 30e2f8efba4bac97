import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { dataCategoryLabels, label } from '../../../app/labels';
import type { CaseSummariesSectionQuery } from '../../../gql/graphql';
import { Badge } from '../../../ui/Badge';
import { useDateFormat } from '../../../ui/format';
import { BasisBadge } from '../BasisBadge';
import { m, mv } from './messages';

export type Summary = NonNullable<CaseSummariesSectionQuery['case']>['summaries'][number];
type Section = Summary['sections'][number];

/** One agency's summary: every section with the basis it is shown on, or 非開示 and why. */
export function SummaryCard({ summary, own, actions }: { summary: Summary; own: boolean; actions?: ReactNode }) {
  const intl = useIntl();
  const { dateTime } = useDateFormat();
  const name = own ? intl.formatMessage(mv.ownAgency, { agency: summary.agency.name }) : summary.agency.name;
  return (
    <article className="rounded-8 border border-solid-gray-420 p-4">
      <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="text-std-20B-150">{name}</h3>
        <p className="text-std-16N-170 text-solid-gray-700">{intl.formatMessage(mv.versionInfo, { version: summary.version, updatedAt: dateTime(summary.updatedAt) })}</p>
      </div>
      {summary.sections.length === 0 ? (
        <p className="text-std-16N-170">{intl.formatMessage(m.noSections)}</p>
      ) : (
        <ul className="flex flex-col gap-4">
          {summary.sections.map((section) => (
            <SectionView key={section.category} section={section} />
          ))}
        </ul>
      )}
      {actions && <div className="mt-4 flex flex-wrap gap-3">{actions}</div>}
    </article>
  );
}

function SectionView({ section }: { section: Section }) {
  const intl = useIntl();
  // A section without a basis is redacted by the server (body null); the reader learns only that it exists.
  const basis = !section.redacted && section.body !== null ? section.basis : null;
  return (
    <li className="border-l-4 border-solid-gray-200 pl-3">
      <div className="mb-1 flex flex-wrap items-center gap-2">
        <h4 className="text-std-17B-170">{label(intl, dataCategoryLabels, section.category)}</h4>
        {basis ? (
          <BasisBadge basis={basis} />
        ) : (
          <Badge>{intl.formatMessage(m.redacted)}</Badge>
        )}
      </div>
      {basis ? (
        <p className="text-std-16N-170 whitespace-pre-wrap break-words">{section.body}</p>
      ) : (
        <p className="text-std-16N-170 text-solid-gray-700">{intl.formatMessage(m.redactedReason)}</p>
      )}
    </li>
  );
}
