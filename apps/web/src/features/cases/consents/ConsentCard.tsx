import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { consentMethodLabels, consentStateLabels, dataCategoryLabels, effectLabels, label, purposeLabels, sectorLabels } from '../../../app/labels';
import type { ConsentState } from '../../../gql/enums';
import type { ConsentsSectionQuery } from '../../../gql/graphql';
import { Badge, type BadgeTone } from '../../../ui/Badge';
import { Button } from '../../../ui/Button';
import { DataTable } from '../../../ui/DataTable';
import { useDateFormat } from '../../../ui/format';
import { table } from '../../../ui/table';
import { m, mv } from './messages';

export type Consent = ConsentsSectionQuery['consents'][number];

const stateTones: Record<ConsentState, BadgeTone> = { ACTIVE: 'success', PENDING: 'info', EXPIRED: 'neutral', REVOKED: 'error' };

/** One recorded consent: its state, period, whose data, and every provision it permits or denies. */
export function ConsentCard({ consent, agencyName, onRevoke }: { consent: Consent; agencyName: (id: string) => string; onRevoke?: (() => void) | undefined }) {
  const intl = useIntl();
  const { date } = useDateFormat();
  const title = intl.formatMessage(mv.title, { method: label(intl, consentMethodLabels, consent.method), date: date(consent.obtainedAt) });
  const list = (items: readonly string[]) => items.join('、');
  const providers = consent.commonForm || consent.providerAgencyIds.length === 0 ? intl.formatMessage(m.commonForm) : list(consent.providerAgencyIds.map(agencyName));
  const period = consent.validUntil
    ? intl.formatMessage(mv.period, { from: date(consent.validFrom), until: date(consent.validUntil) })
    : intl.formatMessage(mv.periodOpen, { from: date(consent.validFrom) });

  return (
    <article className="rounded-8 border border-solid-gray-420 p-4">
      <div className="mb-3 flex flex-wrap items-center gap-3">
        <h3 className="text-std-20B-150">{title}</h3>
        <Badge tone={stateTones[consent.state]}>{label(intl, consentStateLabels, consent.state)}</Badge>
      </div>
      <dl className="grid gap-x-6 gap-y-2 md:grid-cols-[max-content_1fr]">
        <Fact term={intl.formatMessage(m.colPeriod)}>{period}</Fact>
        <Fact term={intl.formatMessage(m.colProviders)}>{providers}</Fact>
        <Fact term={intl.formatMessage(m.colRecorded)}>{intl.formatMessage(mv.recordedBy, { agency: agencyName(consent.recordedByAgencyId), date: date(consent.recordedAt) })}</Fact>
        <Fact term={intl.formatMessage(m.colEvidence)}>{consent.evidenceNote || intl.formatMessage(m.noEvidence)}</Fact>
        {consent.revokedAt && (
          <Fact term={intl.formatMessage(m.colRevocation)}>{intl.formatMessage(mv.revokedOn, { date: date(consent.revokedAt), reason: consent.revocationReason ?? '' })}</Fact>
        )}
      </dl>
      <DataTable className="mt-4" caption={intl.formatMessage(m.provisionsCaption)} captionClassName="mb-2 text-left text-std-17B-170" columns={[intl.formatMessage(m.colEffect), intl.formatMessage(m.colRecipients), intl.formatMessage(m.colCategories), intl.formatMessage(m.colPurposes)]}>
        {consent.provisions.map((p, index) => (
          <tr key={index} className={table.row}>
            <td className={table.cell}>
              <Badge tone={p.effect === 'DENY' ? 'error' : 'success'}>{label(intl, effectLabels, p.effect)}</Badge>
            </td>
            <td className={table.cell}>
              {list([
                ...(p.toCoordinatingBody ? [intl.formatMessage(m.coordinatingBody)] : []),
                ...p.recipientAgencyIds.map(agencyName),
                ...p.recipientSectors.map((sector) => intl.formatMessage(mv.sector, { sector: label(intl, sectorLabels, sector) })),
              ])}
            </td>
            <td className={table.cell}>{list(p.dataCategories.map((c) => label(intl, dataCategoryLabels, c)))}</td>
            <td className={table.cell}>{list(p.purposes.map((purpose) => label(intl, purposeLabels, purpose)))}</td>
          </tr>
        ))}
      </DataTable>
      {onRevoke && (
        <div className="mt-4">
          <Button variant="outline" aria-label={intl.formatMessage(mv.revokeFor, { title })} onClick={onRevoke}>
            {intl.formatMessage(m.revoke)}
          </Button>
        </div>
      )}
    </article>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt className="text-std-16B-170">{term}</dt>
      <dd className="text-std-16N-170 break-words">{children}</dd>
    </>
  );
}
