import { CommunityActivityKind as A } from '@renkei/community';
import { ConsentMethod, DataCategory as C, Sector } from '@renkei/kernel';
import { HostSupportKind as H } from '@renkei/participation';
import { PlanClosureReason, PlanDecision } from '@renkei/plans';
import type { Persona, StorySubject } from './story-types.js';

/*
 * The demo municipality's year so far (this 年度, from April 1): the people who came to the
 * counters month by month, the cases taken on (支援決定) and how their plans ended, the monthly
 * meetings, 参加支援 and 地域づくり, so that the indicators have a year of figures. Generated
 * from a few situations rather than written out, the same on every seeding of the same day.
 * Every name and address is invented, like the people of cases.story.ts.
 */

/** What brings a person to a counter, and what the team does if the case is taken on. */
export interface Situation {
  readonly by: Persona;
  readonly needs: readonly C[];
  readonly note: string;
  /** 主担当, and the one goal of the plan, with that agency's role. */
  readonly lead: Sector;
  readonly goal: string;
  readonly action: string;
  /** 参加支援: a resource of the directory (resources.story.ts) the person is connected with. */
  readonly resource?: string;
}

const SITUATIONS: readonly Situation[] = [
  { by: 'housing', needs: [C.HOUSING, C.FINANCES], note: '家賃を2か月滞納し、退去を求められそうだとの相談。', lead: Sector.HOUSING, goal: '家賃の支払いを立て直し、住まいを守る', action: '家主と支払計画を調整し、毎月の支払いを確認する', resource: 'フードパントリー さくら' },
  { by: 'health', needs: [C.HEALTH, C.CARE_NEEDS], note: '退院後、一人での通院と買い物が難しくなったとの相談。', lead: Sector.ELDERLY_CARE, goal: '通院と買い物の手段を確保する', action: '介護保険の申請を支援し、ケアマネジャーにつなぐ', resource: 'いきいき百歳体操 ひがし' },
  { by: 'housing', needs: [C.EMPLOYMENT, C.FINANCES], note: '失業して半年。家賃に充てる貯金が尽きかけているとの相談。', lead: Sector.EMPLOYMENT, goal: '就労体験を経て仕事に就く', action: '職業相談と就労体験先の調整を行う', resource: '就労体験 さくらベーカリー' },
  { by: 'health', needs: [C.MENTAL_HEALTH, C.FAMILY], note: '子が数年外出していないと家族から相談。', lead: Sector.HEALTH, goal: '本人と支援者が会える関係をつくる', action: '家族面談と訪問を続ける', resource: '居場所 ひとやすみ' },
  { by: 'housing', needs: [C.HOUSING, C.CARE_NEEDS], note: '自宅がごみで埋まり、近所から苦情が出ているとの相談。', lead: Sector.HOUSING, goal: '安全に暮らせる住環境を取り戻す', action: '片付けの段取りと費用の相談にのる' },
  { by: 'coordinator', needs: [C.FAMILY, C.EDUCATION], note: '子が不登校で、親も仕事を休みがちとの相談。', lead: Sector.EDUCATION, goal: '子が安心して過ごせる場所を見つける', action: '学校と家庭の間をつなぎ、登校の形を一緒に考える', resource: 'フリースペース あおぞら' },
  { by: 'health', needs: [C.HEALTH, C.FINANCES], note: '持病の治療費が払えず、受診をやめているとの相談。', lead: Sector.HEALTH, goal: '治療を再開し、医療費の負担を減らす', action: '受診に同行し、医療費の減免制度を案内する' },
  { by: 'housing', needs: [C.LEGAL, C.FINANCES], note: '家賃の相談の中で、借金の返済に追われ督促が続いていると分かった。', lead: Sector.LEGAL, goal: '債務を整理し、生活費を確保する', action: '法律相談を行い、債務整理の手続きを進める', resource: '家計相談 さくら家計ラボ' },
  { by: 'housing', needs: [C.HOUSING, C.DISABILITY], note: '障害のある家族と住める部屋が見つからないとの相談。', lead: Sector.DISABILITY, goal: '家族で暮らせる部屋に移る', action: '障害福祉サービスの利用と転居先探しを支援する', resource: '地域活動支援センター いろり' },
  { by: 'health', needs: [C.FAMILY, C.CARE_NEEDS], note: '親の介護で仕事を辞め、孤立しているとの相談。', lead: Sector.ELDERLY_CARE, goal: '介護の負担を分け合い、本人の時間をつくる', action: '介護サービスを調整し、介護者の集いを案内する', resource: '介護者のつどい ほっこり' },
];

const FAMILY_NAMES: readonly (readonly [string, string])[] = [
  ['佐藤', 'サトウ'], ['鈴木', 'スズキ'], ['高橋', 'タカハシ'], ['田中', 'タナカ'], ['加藤', 'カトウ'], ['吉田', 'ヨシダ'],
  ['山田', 'ヤマダ'], ['佐々木', 'ササキ'], ['松本', 'マツモト'], ['井上', 'イノウエ'], ['清水', 'シミズ'], ['森', 'モリ'], ['池田', 'イケダ'],
];
const GIVEN_NAMES: readonly (readonly [string, string])[] = [
  ['和子', 'カズコ'], ['誠', 'マコト'], ['美咲', 'ミサキ'], ['隆', 'タカシ'], ['恵子', 'ケイコ'], ['大輔', 'ダイスケ'],
  ['陽子', 'ヨウコ'], ['浩', 'ヒロシ'], ['由美', 'ユミ'], ['健一', 'ケンイチ'], ['直子', 'ナオコ'], ['翼', 'ツバサ'],
];
const TOWNS = ['東町', '西町', '本町', '北町', '南台', '若葉台', '桜ヶ丘'];

/** How the plans of the cases taken on end, in turn: evaluated in a meeting some two months after approval. */
const OUTCOMES: readonly HistoryOutcome[] = [
  { decision: PlanDecision.CLOSE, closureReason: PlanClosureReason.GOALS_ACHIEVED },
  { decision: PlanDecision.WATCH, watchIntervalDays: 60 },
  { decision: PlanDecision.CLOSE, closureReason: PlanClosureReason.TRANSFERRED },
  { decision: PlanDecision.SUSPEND, reason: '本人の入院により、退院まで支援を中断する。' },
  { decision: PlanDecision.CLOSE, closureReason: PlanClosureReason.MOVED_AWAY },
];

/** Intakes a month, April to March: eight to twelve. */
const INTAKES_A_MONTH = [9, 8, 11, 8, 10, 9, 8, 12, 9, 8, 10, 8] as const;

/** A 地域づくり activity as the coordinator records it (CommunityActivityInput, without its day and resources). */
export interface HistoryActivity {
  readonly kind: A;
  readonly place: string;
  readonly bodies: readonly string[];
  readonly note: string;
  readonly participantCount: number;
}

const ACTIVITIES: readonly Omit<HistoryActivity, 'participantCount'>[] = [
  { kind: A.NETWORK_MEETING, place: '北公民館', bodies: ['北地区民生委員協議会', '桜 地域包括支援センター'], note: '地区の見守り体制を確かめる定例の話し合い。' },
  { kind: A.GATHERING_PLACE, place: '本町会館', bodies: ['NPO法人 さくらの輪', '本町商店会'], note: '空き店舗を使った昼の居場所の運営。' },
  { kind: A.LEARNING, place: '南コミュニティセンター', bodies: ['桜市社会福祉協議会'], note: '住民向けの福祉制度の学習会。' },
  { kind: A.EXCHANGE, place: '西公民館', bodies: ['桜市国際交流協会', '西町自治会'], note: '住民どうしの交流会。' },
  { kind: A.VOLUNTEER, place: '東町市民農園', bodies: ['つちのこ農園クラブ'], note: '畑の手入れと収穫のボランティア。' },
];

/** 受入先への支援: what the coordinator does for a host each month (on the resource of the month's referral). */
const HOST_SUPPORT: readonly HistoryHostSupport[] = [
  { kind: H.VISIT, note: '受入れの様子を見に訪問し、世話役と新しい参加者の迎え方を確認した。' },
  { kind: H.CONSULTATION, note: '参加者への声のかけ方について相談を受け、関わり方を一緒に考えた。' },
  { kind: H.COORDINATION, note: '受入れの曜日と時間帯を調整した。' },
  { kind: H.TRAINING, note: '世話役向けに、体調の変化に気づいたときの連絡先を説明した。' },
];

export interface HistoryHostSupport {
  readonly kind: H;
  readonly note: string;
}

export interface HistoryOutcome {
  readonly decision: PlanDecision;
  readonly closureReason?: PlanClosureReason;
  readonly reason?: string;
  readonly watchIntervalDays?: number;
}

export interface HistoryIntake {
  readonly key: string;
  /** The day of the month (JST) the person came. */
  readonly day: number;
  readonly subject: StorySubject;
  readonly situation: Situation;
  readonly consentToConnect: ConsentMethod | null;
  /** Set: taken on (支援決定), its plan ending this way (unless the year is not that far yet). */
  readonly takenOn: { readonly outcome: HistoryOutcome } | null;
}

export interface HistoryMonth {
  /** 0 for April. */
  readonly index: number;
  readonly intakes: readonly HistoryIntake[];
  /** On the 15th. */
  readonly activity: HistoryActivity;
  /** On the 25th. */
  readonly hostSupport: HistoryHostSupport;
}

/** The first `months` months of the 年度, from April. */
export function historyMonths(months: number): HistoryMonth[] {
  let person = 0;
  let takenOn = 0;
  return Array.from({ length: months }, (_, index) => {
    const count = INTAKES_A_MONTH[index % INTAKES_A_MONTH.length] ?? 10;
    const intakes = Array.from({ length: count }, (_, k): HistoryIntake => {
      const n = person++;
      const situation = SITUATIONS[(n + index) % SITUATIONS.length] as Situation;
      // One in four comes without consent to be connected; about one in seven is taken on (支援決定).
      const consentToConnect = n % 4 === 3 ? null : n % 2 === 0 ? ConsentMethod.WRITTEN : ConsentMethod.ORAL;
      const t = consentToConnect && n % 7 === 0 ? takenOn++ : null;
      return {
        key: `history-${n}`,
        day: 1 + Math.floor((k * 27) / count),
        subject: subjectOf(n),
        situation,
        consentToConnect,
        takenOn: t === null ? null : { outcome: OUTCOMES[t % OUTCOMES.length] as HistoryOutcome },
      };
    });
    const activity = ACTIVITIES[index % ACTIVITIES.length] as Omit<HistoryActivity, 'participantCount'>;
    const hostSupport = HOST_SUPPORT[index % HOST_SUPPORT.length] as HistoryHostSupport;
    return { index, intakes, activity: { ...activity, participantCount: 12 + ((index * 7) % 20) }, hostSupport };
  });
}

function subjectOf(n: number): StorySubject {
  const [family, familyKana] = FAMILY_NAMES[n % FAMILY_NAMES.length] as readonly [string, string];
  const [given, givenKana] = GIVEN_NAMES[(n * 5) % GIVEN_NAMES.length] as readonly [string, string];
  const month = String(1 + (n % 12)).padStart(2, '0');
  const day = String(1 + ((n * 11) % 28)).padStart(2, '0');
  return {
    fullName: `${family} ${given}`,
    fullNameKana: `${familyKana} ${givenKana}`,
    birthDate: `${1940 + ((n * 13) % 62)}-${month}-${day}`,
    address: `桜市 ${TOWNS[n % TOWNS.length] ?? '本町'} ${1 + (n % 5)}-${1 + (n % 17)}-${1 + (n % 9)}`,
  };
}
