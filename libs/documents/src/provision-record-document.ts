import type { ProvisionRecordModel } from '@renkei/audit';
import { documentDates } from './document-dates.js';
import { BASIS_LABELS } from '@renkei/kernel';
import { categories } from './document-labels.js';
import { facts, type OfficeDocument, paragraph, table } from './office-document.js';

/** A period of JST calendar days; either end open. */
export interface DayPeriod {
  readonly from: string | null;
  readonly to: string | null;
}

/** The 提供記録 of a case's person, for a period: who received which items, when, on which basis. */
export function provisionRecordDocument(
  records: readonly ProvisionRecordModel[],
  period: DayPeriod,
  municipality: string,
  agencyName: (id: string) => string,
  issuedAt: Date,
  era: boolean,
): OfficeDocument {
  const dates = documentDates(era);
  const span = period.from || period.to ? `${period.from ? dates.localDate(period.from) : ''} 〜 ${period.to ? dates.localDate(period.to) : ''}` : '全期間';
  return {
    title: '提供記録',
    municipality,
    issuedAt,
    era,
    blocks: [
      facts([
        ['本人', [...new Set(records.map((r) => r.subjectName))].join('、') || '—'],
        ['期間', span],
        ['件数', `${records.length}件`],
      ]),
      records.length > 0
        ? table(
            ['提供日時', '提供元', '提供先', '根拠', '項目'],
            records.map((r) => [dates.dateTime(r.providedAt), agencyName(r.providerAgencyId), agencyName(r.recipientAgencyId), BASIS_LABELS[r.basis], categories(r.categories)]),
            [95, 100, 100, 55, '*'],
          )
        : paragraph('この期間の提供記録はありません。'),
    ],
  };
}
