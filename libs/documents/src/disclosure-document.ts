import type { PersonDisclosureModel } from '@renkei/disclosure';
import { documentDates } from './document-dates.js';
import { BASIS_LABELS } from '@renkei/kernel';
import { categories, CONSENT_METHOD_LABELS, CONSENT_STATE_LABELS, EFFECT_LABELS, GROUND_LABELS, PURPOSE_LABELS } from './document-labels.js';
import { heading, note, type OfficeDocument, paragraph, table } from './office-document.js';
import { recordedPlanBlocks, recordedPlanOf } from './plan-blocks.js';

/**
 * The person's own record (本人開示) as the document handed to them: what the disclosure read
 * gives, nothing more — withheld records only as counts per ground, the plan's texts as the
 * officer may see them.
 */
export function disclosureDocument(disclosure: PersonDisclosureModel, era: boolean): OfficeDocument {
  const dates = documentDates(era);
  const withheld = disclosure.withheld.filter((w) => w.count > 0);
  // The plan's roles are named from the agencies the disclosure already names.
  const agencies = new Map(
    [...disclosure.team.map((m) => m.agency), ...disclosure.consents.map((c) => c.recordedByAgency), ...disclosure.provisions.flatMap((p) => [p.providerAgency, p.recipientAgency])].flatMap((a) => (a ? [[a.id, a.name] as const] : [])),
  );
  const agencyName = (id: string) => agencies.get(id) ?? '—';
  return {
    title: '保有個人情報の開示（本人開示）',
    municipality: disclosure.municipalityName,
    issuedAt: disclosure.producedAt,
    era,
    blocks: [
      paragraph(`${disclosure.personName} 様`),
      paragraph(`${disclosure.municipalityName}が連携システムで保有するあなたの情報と、その提供先をお知らせします。`),
      heading('支援チームと役割'),
      table(['機関', '役割'], disclosure.team.map((member) => [member.agency.name, member.role]), ['*', 160]),
      heading('本人同意'),
      disclosure.consents.length > 0
        ? table(
            ['記録機関', '方法・取得日', '有効期間', '状態', '内容'],
            disclosure.consents.map((consent) => [
              consent.recordedByAgency.name,
              `${CONSENT_METHOD_LABELS[consent.method]} ${dates.date(consent.obtainedAt)}`,
              `${dates.date(consent.validFrom)} 〜 ${consent.validUntil ? dates.date(consent.validUntil) : ''}`,
              consent.revokedAt ? `${CONSENT_STATE_LABELS[consent.state]}（${dates.date(consent.revokedAt)}${consent.revocationReason ? `: ${consent.revocationReason}` : ''}）` : CONSENT_STATE_LABELS[consent.state],
              consent.provisions.map((p) => `${EFFECT_LABELS[p.effect]}: ${p.recipient}へ ${categories(p.categories)}（${p.purposes.map((purpose) => PURPOSE_LABELS[purpose]).join('、')}）`).join('\n'),
            ]),
            [80, 80, 90, 60, '*'],
          )
        : paragraph('なし'),
      heading('提供記録'),
      disclosure.provisions.length > 0
        ? table(
            ['提供元', '提供先', '根拠', '項目', '期間・日数'],
            disclosure.provisions.map((p) => [
              p.providerAgency?.name ?? '—',
              p.recipientAgency?.name ?? '—',
              BASIS_LABELS[p.basis],
              categories(p.categories),
              `${dates.date(p.firstAt)} 〜 ${dates.date(p.lastAt)}（${p.days}日）`,
            ]),
            [85, 85, 55, '*', 110],
          )
        : paragraph('なし'),
      ...(withheld.length > 0 ? [note(`次の理由により、提供記録の一部を開示していません。\n${withheld.map((w) => `・${GROUND_LABELS[w.ground]}: ${w.count}件`).join('\n')}`)] : []),
      ...(disclosure.plan ? recordedPlanBlocks(recordedPlanOf(disclosure.plan, agencyName), dates) : []),
    ],
  };
}
