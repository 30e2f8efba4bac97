import { Sector } from '@renkei/kernel';
import { TaskStatus } from '@renkei/tasks';
import type { StoryTask } from './story-types.js';

const { ACCEPTED, IN_PROGRESS, ON_HOLD, COMPLETED, CANCELLED } = TaskStatus;

/**
 * The work in hand: for the housing caseworker and the coordinator, some due within a day,
 * some overdue, some done, in every kind of status; the coordinator assigns them all. (The
 * tasks the support plans' roles, reviews and check-ins become are in plans.story.ts.)
 */
export const DEMO_TASKS: readonly StoryTask[] = [
  // 住まい 次郎 (housing caseworker)
  {
    case: 'kobayashi',
    meeting: 'held',
    title: '家主に分割払いの支払計画案を示す',
    description: '滞納3か月分の分割払い(月5千円上乗せ)の計画案を作り、家主を訪問して示す。',
    assignee: { user: 'housing' },
    dueInHours: 5,
    steps: [{ to: ACCEPTED, note: '夕方に家主を訪問して示します。' }],
  },
  {
    case: 'kimura',
    title: '住居確保給付金の申請書類を確認する',
    description: '離職票、収入・資産の申告書、求職活動の記録を本人と確認する。',
    assignee: { user: 'housing' },
    dueInHours: 20,
    steps: [{ to: ACCEPTED }, { to: IN_PROGRESS, note: '離職票の写しは受領済み。' }],
  },
  {
    case: 'watanabe',
    title: '雨どいの修繕業者の見積りを取る',
    description: '見守り訪問で雨どいの破損が見つかった。費用の目安を本人に伝える。',
    assignee: { user: 'housing' },
    dueInHours: -48,
    steps: [],
  },
  {
    case: 'kobayashi',
    title: '1階またはエレベーターのある空き物件を調べる',
    description: '家賃5万円以下。本人が転居を決めたときに示せるよう候補を3件程度。',
    assignee: { user: 'housing' },
    dueInHours: -20,
    steps: [{ to: ACCEPTED }, { to: IN_PROGRESS, note: '不動産会社2社に照会中。' }],
  },
  {
    case: 'kobayashi',
    title: '転居支援の説明資料を本人に渡す',
    description: '転居費用の助成制度と手続きの流れ。',
    assignee: { user: 'housing' },
    dueInHours: 4 * 24,
    steps: [{ to: ACCEPTED }, { to: ON_HOLD, note: '本人が転居を迷っているため、次回会議まで保留。' }],
  },
  {
    case: 'kimura',
    title: '初回面談の記録を作成する',
    description: '',
    assignee: { user: 'housing' },
    dueInHours: -6 * 24,
    steps: [{ to: ACCEPTED }, { to: COMPLETED, note: '記録を作成し、要約を共有しました。' }],
  },
  // 調整 太郎 (coordinator)
  {
    case: 'kobayashi',
    meeting: 'held',
    title: '長女に支援プランの内容を伝える',
    description: '本人の了解を得て、県外の長女に電話で支援プラン(第1版)の内容と今後の連絡方法を伝える。',
    assignee: { user: 'coordinator' },
    dueInHours: 8,
    steps: [{ to: ACCEPTED }, { to: IN_PROGRESS }],
  },
  {
    case: 'nakamura',
    title: '支援会議の資料を準備する',
    description: '構成員に配布する事例概要(受付時の情報と必要な支援領域)を用意する。',
    assignee: { user: 'coordinator' },
    dueInHours: 22,
    steps: [{ to: ACCEPTED }],
  },
  {
    case: 'ito',
    title: '母親との2回目の面談日程を調整する',
    description: '若者サロンの見学について母親に説明する。',
    assignee: { user: 'coordinator' },
    dueInHours: -3 * 24,
    steps: [],
  },
  {
    case: 'kimura',
    title: 'ハローワークへの同行支援を検討する',
    description: '',
    assignee: { user: 'coordinator' },
    dueInHours: 2 * 24,
    steps: [{ to: CANCELLED, note: '本人が自分で相談に行くとのことで不要になった。' }],
  },
  {
    case: 'yamamoto',
    title: '終結報告を作成する',
    description: '支援経過と終結の理由をまとめる。',
    assignee: { user: 'coordinator' },
    dueInHours: -14 * 24,
    steps: [{ to: ACCEPTED }, { to: COMPLETED }],
  },
  // Other members of this morning's meeting
  {
    case: 'kobayashi',
    meeting: 'held',
    title: '長男への訪問を継続する',
    description: '精神保健福祉相談につなぐ機会を探る。',
    assignee: { user: 'health' },
    dueInHours: 3 * 24,
    steps: [{ to: ACCEPTED }],
  },
  {
    case: 'watanabe',
    meeting: 'held',
    title: '月1回の見守り訪問',
    description: '生活状況と服薬の確認。次回会議で報告する。',
    assignee: { agency: Sector.ELDERLY_CARE },
    dueInHours: 7 * 24,
    steps: [],
  },
];
