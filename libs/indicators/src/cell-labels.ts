/** The Japanese labels of the breakdowns (内訳) whose cells are codes; agencies are named from the directory. */
export const CELL_LABELS = {
  needs: {
    BASIC: '基本情報',
    HOUSING: '住まい',
    HEALTH: '心身の健康',
    MENTAL_HEALTH: '精神保健',
    DISABILITY: '障害',
    FINANCES: '家計・収入・債務',
    EMPLOYMENT: '就労',
    LEGAL: '法律問題',
    EDUCATION: '教育・学校',
    FAMILY: '家族関係',
    CARE_NEEDS: '介護・支援の必要',
    SAFEGUARDING: '虐待・権利擁護',
    PARTICIPATION: '参加支援',
  },
  connection: { WITH: '同意あり', WITHOUT: '同意なし' },
  caseStatus: { INTAKE: '受付', ASSESSMENT: 'アセスメント', PLANNING: 'プラン作成', IN_SUPPORT: '支援中', REVIEW: '評価', WATCHING: '見守り', CLOSED: '終結' },
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
  referralStatus: { PROPOSED: '提案', AGREED: '本人同意', INTRODUCED: '紹介済', STARTED: '参加開始', CONTINUING: '継続中', ENDED: '終了', DECLINED: '見送り' },
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
} as const satisfies Record<string, Record<string, string>>;

/** How a breakdown's cells are named: agencies by the directory, codes by a table above. */
export type CellLabels = 'agency' | keyof typeof CELL_LABELS;
