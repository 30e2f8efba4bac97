import { CaseStatus } from '@renkei/cases';
import { ConsentMethod, DataCategory as C, ProvisionEffect, Purpose, Sector } from '@renkei/kernel';
import type { StoryCase } from './story-types.js';

/*
 * The people of the demo. Every name, date, address and circumstance is invented (桜市 is not
 * a real city); any likeness to a real person is chance.
 */

const ALL_PURPOSES = [Purpose.CASE_COORDINATION, Purpose.CONFERENCE];

/** An 8050 household: the coordinator's case, with the common consent form; its plan is approved this morning (plans.story.ts). */
const kobayashi: StoryCase = {
  key: 'kobayashi',
  subject: { fullName: '小林 正子', fullNameKana: 'コバヤシ マサコ', birthDate: '1944-03-08', address: '桜市 東町 2-8-1 桜ハイツ203号' },
  needs: [C.HOUSING, C.HEALTH, C.MENTAL_HEALTH, C.FINANCES, C.CARE_NEEDS],
  opening: { by: 'coordinator', title: '8050世帯: 家賃滞納と通院中断' },
  team: [Sector.HOUSING, Sector.HEALTH, Sector.ELDERLY_CARE],
  summaries: [
    {
      by: 'coordinator',
      sections: [
        { category: C.FAMILY, body: '本人(82歳)と長男(54歳)の二人暮らし。長男は約20年就労しておらず、外出は夜間のコンビニ程度。長女は県外在住で年に1回程度連絡がある。' },
        { category: C.FINANCES, body: '収入は本人の年金(月約9万円)のみ。家賃4万8千円。3か月分の家賃を滞納中。生活保護の相談歴なし。' },
      ],
    },
    {
      by: 'housing',
      sections: [
        { category: C.HOUSING, body: '民間賃貸(築40年・2階・エレベーターなし)。家主から滞納について連絡あり。家主は分割払いの相談には応じる意向。本人の膝の状態から、1階またはエレベーターのある住まいが望ましい。' },
        { category: C.FINANCES, body: '住居確保給付金は本人世帯の状況では対象外の見込み。家賃の分割払い計画(月5千円上乗せ)を家主と協議予定。' },
      ],
    },
    {
      by: 'health',
      sections: [
        { category: C.HEALTH, body: '高血圧・変形性膝関節症で通院していたが、半年前から受診が途絶えている。服薬も中断。血圧は訪問時 168/96。' },
        { category: C.MENTAL_HEALTH, body: '長男に長期のひきこもり状態あり。精神科の受診歴はない。訪問時、長男は自室から出てこなかった。' },
        { category: C.CARE_NEEDS, body: '要介護認定は未申請。屋内は伝い歩き。買い物と通院に付き添いが必要。認定申請を勧め、本人は前向き。' },
      ],
    },
  ],
  consents: [
    {
      by: 'coordinator',
      method: ConsentMethod.WRITTEN,
      obtainedDaysAgo: 21,
      validForDays: 365,
      evidenceNote: '同意書(共通様式) 原本は自立相談支援機関で保管。記録番号 桜-2026-0142',
      provisions: [
        { effect: ProvisionEffect.PERMIT, recipientSectors: [], toCoordinatingBody: true, dataCategories: [C.BASIC, C.HOUSING, C.HEALTH, C.MENTAL_HEALTH, C.FINANCES, C.FAMILY, C.CARE_NEEDS], purposes: ALL_PURPOSES },
        { effect: ProvisionEffect.PERMIT, recipientSectors: [Sector.HOUSING], dataCategories: [C.BASIC, C.HOUSING, C.HEALTH, C.CARE_NEEDS, C.FINANCES], purposes: ALL_PURPOSES },
        { effect: ProvisionEffect.PERMIT, recipientSectors: [Sector.HEALTH, Sector.ELDERLY_CARE], dataCategories: [C.BASIC, C.HOUSING, C.HEALTH, C.MENTAL_HEALTH, C.CARE_NEEDS, C.FAMILY], purposes: ALL_PURPOSES },
        // 本人の希望: 長男のこころの状態は住まいの支援者には伝えない。
        { effect: ProvisionEffect.DENY, recipientSectors: [Sector.HOUSING], dataCategories: [C.MENTAL_HEALTH], purposes: ALL_PURPOSES },
      ],
    },
  ],
  path: [],
};

/** Taken in at the housing counter, with consent to be connected; one consent later withdrawn. */
const kimura: StoryCase = {
  key: 'kimura',
  subject: { fullName: '木村 健太', fullNameKana: 'キムラ ケンタ', birthDate: '1982-11-02', address: '桜市 西町 5-3-12 グリーンコーポ102号' },
  needs: [C.HOUSING, C.FINANCES, C.EMPLOYMENT],
  opening: {
    by: 'housing',
    note: '勤務先の工場が閉鎖され2か月前に失職。貯金が尽き、来月の家賃が払えないと来所。単身。求職中だが面接が続かず、気持ちが落ち込んでいると話す。',
    consentToConnect: ConsentMethod.ORAL,
  },
  team: [Sector.WELFARE],
  summaries: [
    {
      by: 'housing',
      sections: [
        { category: C.HOUSING, body: '家賃5万2千円の単身向けアパート。今月分までは支払済み。家主との関係は良好。' },
        { category: C.FINANCES, body: '雇用保険の受給は来月で終了。住居確保給付金の申請を準備中。' },
        { category: C.EMPLOYMENT, body: 'フォークリフトの資格あり。夜勤は避けたい希望。' },
      ],
    },
  ],
  consents: [
    {
      by: 'housing',
      method: ConsentMethod.ORAL,
      obtainedDaysAgo: 9,
      validForDays: 180,
      evidenceNote: '窓口で口頭同意。受付票に記載(居住支援法人 受付番号 R-0388)',
      provisions: [
        { effect: ProvisionEffect.PERMIT, recipientSectors: [Sector.WELFARE], toCoordinatingBody: true, dataCategories: [C.BASIC, C.HOUSING, C.FINANCES, C.EMPLOYMENT], purposes: ALL_PURPOSES },
      ],
    },
    {
      by: 'housing',
      method: ConsentMethod.ORAL,
      obtainedDaysAgo: 9,
      validForDays: 90,
      evidenceNote: '窓口で口頭同意。受付票に記載(居住支援法人 受付番号 R-0388)',
      provisions: [{ effect: ProvisionEffect.PERMIT, recipientSectors: [Sector.EMPLOYMENT], dataCategories: [C.BASIC, C.EMPLOYMENT], purposes: [Purpose.REFERRAL] }],
      revokedBecause: '本人から電話で申出。ハローワークには自分で相談に行くので、情報の提供はしないでほしいとのこと。',
    },
  ],
  path: [{ to: CaseStatus.ASSESSMENT, note: '受付内容を確認。アセスメントを開始する。' }],
};

/** Taken in at the health centre without consent to be connected: a case for a 支援会議. */
const nakamura: StoryCase = {
  key: 'nakamura',
  subject: { fullName: '中村 あかり', fullNameKana: 'ナカムラ アカリ', birthDate: '1994-07-21', address: '桜市 南町 1-14-7 コーポ南202号' },
  needs: [C.HEALTH, C.FAMILY, C.HOUSING],
  opening: {
    by: 'health',
    note: '1歳6か月児健診が未受診のため訪問。母は疲れた様子で「放っておいてほしい」と話し、つなぐことへの同意は得られなかった。室内に生活ごみが多い。',
    consentToConnect: null,
  },
  team: [],
  summaries: [
    {
      by: 'health',
      sections: [
        { category: C.HEALTH, body: '子は体重増加がやや緩やか。予防接種が2回分未接種。' },
        { category: C.FAMILY, body: '母子二人暮らし。父とは別居中で連絡が取れない。近くに頼れる親族はいない。' },
        { category: C.SAFEGUARDING, body: 'ネグレクトの可能性を否定できない。現時点で緊急性は高くないが、継続的な見守りが必要。' },
      ],
    },
  ],
  consents: [],
  path: [],
};

/** An elderly man living alone: his plan's evaluation ends support in a watching state (見守り). */
const watanabe: StoryCase = {
  key: 'watanabe',
  subject: { fullName: '渡辺 清', fullNameKana: 'ワタナベ キヨシ', birthDate: '1948-01-30', address: '桜市 北山町 3-21' },
  needs: [C.CARE_NEEDS, C.HOUSING, C.HEALTH],
  opening: { by: 'coordinator', title: '独居高齢者: 住環境の悪化と孤立' },
  team: [Sector.HOUSING, Sector.HEALTH, Sector.ELDERLY_CARE, Sector.COMMUNITY],
  summaries: [
    { by: 'coordinator', sections: [{ category: C.FAMILY, body: '妻と5年前に死別。子はいない。近所付き合いはほとんどない。' }] },
    { by: 'housing', sections: [{ category: C.HOUSING, body: '持ち家(木造平屋)。片付け支援で居間と台所の動線を確保済み。屋根の雨漏りは修繕済み。' }] },
    { by: 'health', sections: [{ category: C.HEALTH, body: '糖尿病で月1回通院。服薬は自己管理できている。' }] },
  ],
  consents: [
    {
      by: 'coordinator',
      method: ConsentMethod.WRITTEN,
      obtainedDaysAgo: 120,
      validForDays: 730,
      evidenceNote: '同意書(共通様式) 記録番号 桜-2026-0057',
      provisions: [
        {
          effect: ProvisionEffect.PERMIT,
          recipientSectors: [Sector.HOUSING, Sector.HEALTH, Sector.ELDERLY_CARE, Sector.COMMUNITY],
          toCoordinatingBody: true,
          dataCategories: [C.BASIC, C.CARE_NEEDS, C.HOUSING, C.HEALTH, C.FAMILY],
          purposes: ALL_PURPOSES,
        },
      ],
    },
  ],
  path: [],
};

/** Debts resolved with the legal support centre: the plan's evaluation closes the case (終結). */
const yamamoto: StoryCase = {
  key: 'yamamoto',
  subject: { fullName: '山本 美咲', fullNameKana: 'ヤマモト ミサキ', birthDate: '1987-05-15', address: '桜市 中央町 6-2-5' },
  needs: [C.FINANCES, C.LEGAL, C.EMPLOYMENT],
  opening: { by: 'coordinator', title: '多重債務と就労' },
  team: [Sector.LEGAL, Sector.EMPLOYMENT],
  summaries: [
    {
      by: 'coordinator',
      sections: [
        { category: C.FINANCES, body: '消費者金融3社から計約180万円の借入れがあった。家計改善支援で月々の収支を見直した。' },
        { category: C.LEGAL, body: '法テラスの援助で任意整理が成立。返済は月2万円で継続中。' },
      ],
    },
  ],
  consents: [
    {
      by: 'coordinator',
      method: ConsentMethod.WRITTEN,
      obtainedDaysAgo: 200,
      validForDays: 365,
      evidenceNote: '同意書(共通様式) 記録番号 桜-2026-0011',
      provisions: [{ effect: ProvisionEffect.PERMIT, recipientSectors: [Sector.LEGAL, Sector.EMPLOYMENT], toCoordinatingBody: true, dataCategories: [C.BASIC, C.FINANCES, C.LEGAL, C.EMPLOYMENT], purposes: ALL_PURPOSES }],
    },
  ],
  path: [],
};

/** A young man withdrawn at home, taken in at the health centre with consent: a plan in the making. */
const ito: StoryCase = {
  key: 'ito',
  subject: { fullName: '伊藤 翔', fullNameKana: 'イトウ ショウ', birthDate: '2003-09-12', address: '桜市 若葉台 4-9-3' },
  needs: [C.MENTAL_HEALTH, C.EMPLOYMENT, C.FAMILY],
  opening: {
    by: 'health',
    note: '母親からの相談。高校卒業後、約4年間ほとんど外出していない。本人とは会えていない。母親は本人の将来を心配しており、関係機関につなぐことに同意した。',
    consentToConnect: ConsentMethod.WRITTEN,
  },
  team: [Sector.WELFARE, Sector.EMPLOYMENT, Sector.COMMUNITY],
  summaries: [{ by: 'health', sections: [{ category: C.MENTAL_HEALTH, body: '母親の話では昼夜逆転。ゲームを通じたオンラインの友人はいる。受診歴なし。' }] }],
  consents: [],
  path: [{ to: CaseStatus.ASSESSMENT, note: '母親との面談でアセスメントを開始。' }],
};

/** In the order they were opened. */
export const DEMO_CASES: readonly StoryCase[] = [yamamoto, watanabe, kobayashi, ito, kimura, nakamura];
