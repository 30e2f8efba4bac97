import { describe, expect, it } from '@jest/globals';
import { CaseStatus, type CaseModel } from '@renkei/cases';
import { DataCategory } from '@renkei/kernel';
import { ReferralStatus, type ReferralModel } from '@renkei/participation';
import type { Sheet } from '@renkei/spreadsheets';
import { casesSheet, referralsSheet, WITHHELD } from './export-sheets.js';

const cells = <Row>(sheet: Sheet<Row>) => sheet.rows.map((row) => Object.fromEntries(sheet.columns.map((c) => [c.header, c.value(row)])));

describe('lists as sheets', () => {
  const opened = new Date('2026-12-02T14:30:00Z');
  const aCase = { id: 'c1', title: '住まいの相談', status: CaseStatus.IN_SUPPORT, needs: [DataCategory.HOUSING, DataCategory.FINANCES], openedAt: opened, updatedAt: opened } as CaseModel;

  it('writes the person of a case only where the record may be seen, in the page’s words', () => {
    const [seen, withheld] = cells(
      casesSheet([
        { case: aCase, subject: { fullName: '山田 太郎', fullNameKana: 'ヤマダ タロウ' }, team: ['福祉課', '住まい相談窓口'] },
        { case: aCase, subject: null, team: [] },
      ]),
    );
    expect(seen).toEqual({ ケース: '住まいの相談', 氏名: '山田 太郎', ふりがな: 'ヤマダ タロウ', 状態: '支援中', 支援が必要な分野: '住まい、家計', ケースチーム: '福祉課、住まい相談窓口', 受付日時: opened, 更新日時: opened });
    expect(withheld).toMatchObject({ 氏名: WITHHELD, ふりがな: WITHHELD });
  });

  it('withholds a referral’s resource and note without a basis, keeping that it exists and how it stands', () => {
    const referral = { status: ReferralStatus.STARTED, endReason: null, redacted: true, note: null, startedAt: opened, followUpAt: null, hostFollowUpAt: null, createdAt: opened } as unknown as ReferralModel;
    const [row] = cells(referralsSheet([{ referral, resource: null, agency: '住まい相談窓口' }]));
    expect(row).toMatchObject({ 紹介先: WITHHELD, メモ: WITHHELD, 状態: '参加開始', つないだ機関: '住まい相談窓口', 参加開始日時: opened });
  });
});
