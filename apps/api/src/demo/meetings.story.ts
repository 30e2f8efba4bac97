import { Sector } from '@renkei/kernel';
import type { StoryMeeting } from './story-types.js';

/** A 重層的支援会議 held twelve weeks before: two support plans approved (支援決定) there. */
const heldEarlier: StoryMeeting = {
  key: 'earlier',
  kind: 'MULTI_AGENCY_MEETING',
  title: '第3回 重層的支援会議 (プラン検討)',
  inHours: -84 * 24,
  participants: [Sector.WELFARE, Sector.HOUSING, Sector.HEALTH, Sector.LEGAL, Sector.EMPLOYMENT, Sector.ELDERLY_CARE, Sector.COMMUNITY],
  agenda: ['yamamoto', 'watanabe'],
  acknowledgedBy: ['coordinator', 'housing', 'health'],
  held: {
    attendedBy: ['coordinator', 'housing', 'health'],
    minutes: [
      { case: 'yamamoto', by: 'coordinator', text: 'アセスメントを共有。督促が続き、本人は電話に出られない状態。法テラスとハローワークの役割を確認し、本人の同意を得たプラン案を諮った。' },
      { case: 'watanabe', by: 'coordinator', text: 'アセスメントを共有。本人は「人の世話にはなりたくない」と話すが、雨漏りと片付けの支援は受け入れている。' },
      { case: 'watanabe', by: 'housing', text: '片付けは本人の段取りで週1回ずつ進める。雨漏りの修繕業者は本人と一緒に選ぶ。' },
    ],
    decisions: [],
  },
};

/** A 重層的支援会議 held three hours before: the source of most action items. */
const heldThisMorning: StoryMeeting = {
  key: 'held',
  kind: 'MULTI_AGENCY_MEETING',
  title: '第5回 重層的支援会議 (定例)',
  inHours: -3,
  participants: [Sector.WELFARE, Sector.HOUSING, Sector.HEALTH, Sector.ELDERLY_CARE, Sector.COMMUNITY],
  agenda: ['kobayashi', 'watanabe'],
  acknowledgedBy: ['coordinator', 'housing', 'health'],
  held: {
    attendedBy: ['coordinator', 'housing', 'health'],
    minutes: [
      {
        case: 'kobayashi',
        by: 'coordinator',
        text: 'アセスメントと支援プラン案(第1版)を共有。本人は書面で同意済み。通院は半年途絶え、長男とは保健センターの訪問時も会えていない。家賃の滞納は3か月分。',
      },
      {
        case: 'kobayashi',
        by: 'housing',
        text: '家主は分割払いに応じる意向。来週までに支払計画案を示す。転居は本人が迷っており、当面は現住所での生活継続を前提とする。',
      },
      { case: 'watanabe', by: 'coordinator', text: '支援プラン(第1版)の3か月を評価。住環境は改善し、通院も定着した。社協のサロンに月2回参加している。' },
    ],
    decisions: [
      { case: 'kobayashi', text: '居住支援法人が家主と家賃の分割払いを協議し、次回会議で報告する。' },
      { case: 'kobayashi', text: '保健センターが長男への訪問を継続し、精神保健福祉相談につなぐ機会を探る。' },
      { case: 'watanabe', text: '地域包括支援センターが月1回訪問し、見守りの状況を次回会議で報告する。' },
    ],
  },
};

/** A 支援会議 later this week for the intake taken without consent; nobody has acknowledged yet. */
const supportMeeting: StoryMeeting = {
  key: 'support',
  kind: 'SUPPORT_MEETING',
  title: '第2回 支援会議 (個別ケース検討)',
  inHours: 50,
  participants: [Sector.WELFARE, Sector.HEALTH, Sector.CHILD_FAMILY, Sector.HOUSING],
  agenda: ['nakamura'],
  acknowledgedBy: [],
};

/** Next week's 重層的支援会議, to discuss the plan being drafted. */
const nextWeek: StoryMeeting = {
  key: 'next',
  kind: 'MULTI_AGENCY_MEETING',
  title: '第6回 重層的支援会議 (プラン検討)',
  inHours: 7 * 24,
  participants: [Sector.WELFARE, Sector.HEALTH, Sector.EMPLOYMENT, Sector.COMMUNITY],
  agenda: ['ito'],
  acknowledgedBy: ['coordinator'],
};

export const DEMO_MEETINGS: readonly StoryMeeting[] = [heldEarlier, heldThisMorning, supportMeeting, nextWeek];
