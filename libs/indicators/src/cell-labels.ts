import { CASE_STATUS_LABELS } from '@renkei/cases';
import { CATEGORY_LABELS } from '@renkei/kernel';
import { REFERRAL_STATUS_LABELS } from '@renkei/participation';

/** The Japanese labels of the breakdowns (内訳) whose cells are codes; agencies are named from the directory. */
export const CELL_LABELS = {
  needs: CATEGORY_LABELS,
  connection: { WITH: '同意あり', WITHOUT: '同意なし' },
  caseStatus: CASE_STATUS_LABELS,
  planDecision: { CONTINUE: '継続', CLOSE: '終結', SUSPEND: '中断', WATCH: '見守り' },
  closureReason: {
    GOALS_ACHIEVED: '目標達成',
    TRANSFERRED: '他機関へ移管',
    MOVED_AWAY: '転出',
    DECEASED: '死亡',
    PERSON_DECLINED: '本人の辞退',
    NO_CONTACT: '連絡不通',
    OTHER: 'その他',
  },
  conferenceKind: { SUPPORT_MEETING: '支援会議', MULTI_AGENCY_MEETING: '重層的支援会議' },
  actionReview: { DONE: '実施済', NOT_DONE: '未実施', NO_LONGER_POSSIBLE: '実施不能' },
  referralStatus: REFERRAL_STATUS_LABELS,
  hostSupport: { CONSULTATION: '相談対応', VISIT: '訪問', TRAINING: '研修', COORDINATION: '調整', OTHER: 'その他' },
  activityKind: {
    GATHERING_PLACE: '居場所づくり',
    EXCHANGE: '交流会・サロン',
    LEARNING: '学習会・講座',
    VOLUNTEER: 'ボランティア活動',
    NETWORK_MEETING: '地域の話し合い・協議の場',
    AWARENESS: '啓発・イベント',
    OTHER: 'その他',
  },
  reviewVerdict: { JUSTIFIED: '正当', NOT_JUSTIFIED: '不当', INCONCLUSIVE: '判断不能', UNREVIEWED: '未審査' },
} as const satisfies Record<string, Readonly<Record<string, string>>>;

/** How a breakdown's cells are named: agencies by the directory, codes by a table above. */
export type CellLabels = 'agency' | keyof typeof CELL_LABELS;
