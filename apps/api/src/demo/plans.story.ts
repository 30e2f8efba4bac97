import { ConsentMethod, DataCategory as C, Sector } from '@renkei/kernel';
import { AssessmentUrgency, GoalAchievement, GoalTerm, PlanClosureReason, PlanDecision } from '@renkei/plans';
import type { StoryPlan } from './story-types.js';

/*
 * The support plans of the demo (支援プラン): the coordinator's assessments and plans, the
 * person's wishes in their own words. Every word is invented, like the people of cases.story.ts.
 */

/** The 8050 household: agreed two days ago, approved (支援決定) in this morning's meeting; support has started. */
const kobayashi: StoryPlan = {
  case: 'kobayashi',
  assessment: {
    urgency: AssessmentUrgency.HIGH,
    // 長男の借入れの有無は本人も知らない。
    unknownDomains: [C.LEGAL],
    domains: [
      { category: C.HOUSING, text: '築40年の民間賃貸の2階(エレベーターなし)。家賃4万8千円を3か月滞納。家主は分割払いの相談に応じる意向。' },
      { category: C.HEALTH, text: '高血圧と変形性膝関節症。半年前から受診と服薬が途絶え、訪問時の血圧は168/96。' },
      { category: C.FINANCES, text: '収入は本人の年金(月約9万円)のみ。家賃を払うと食費がほとんど残らない。' },
      { category: C.CARE_NEEDS, text: '屋内は伝い歩き。買い物と通院には付き添いが必要。要介護認定は未申請。' },
      { category: C.MENTAL_HEALTH, text: '長男は約20年ひきこもりの状態。精神科の受診歴はなく、支援者とはまだ会えていない。' },
    ],
    household: '本人(82歳)と長男(54歳)の二人暮らし。長女は県外在住で、連絡は年1回程度。',
    strengths: '家主との関係は悪くない。近所のスーパーの店員と顔なじみ。長男は家の中の力仕事を手伝っている。',
    personWords: '「この部屋で息子と暮らしたい。家賃のことが心配で夜も眠れない。膝が痛くて、病院に行くのがおっくうになった」',
    professionalView: '家賃滞納による住まいの喪失と、本人の健康の悪化が同時に進んでいる。長男の状態が世帯の孤立を深めており、本人への支援を入口に世帯全体を支える必要がある。',
  },
  personWishes: '「住み慣れたこの部屋で、息子と一緒に暮らし続けたい。大家さんにこれ以上迷惑はかけたくない。膝が良くなったら、また自分で買い物に行きたい」',
  familyWishes: '長女:「母がまた病院に通えるようにしてほしい。兄のことは急がずに見守ってほしい」',
  policy: '家賃の分割払いで住まいを守りながら、通院の再開と要介護認定の申請で本人の暮らしを立て直す。長男には保健センターが無理のない形で関わり続け、世帯の孤立を防ぐ。',
  goals: [
    {
      term: GoalTerm.LONG,
      category: C.HOUSING,
      text: '家賃の心配をせずに、今の部屋で暮らし続ける',
      targetInDays: 180,
      roles: [{ agency: Sector.HOUSING, action: '家主と分割払いの計画を取り決め、支払状況を本人と確認する', frequency: '月1回' }],
    },
    {
      term: GoalTerm.SHORT,
      category: C.HEALTH,
      text: '高血圧と膝の通院を再開し、服薬を続ける',
      targetInDays: 60,
      roles: [{ agency: Sector.HEALTH, action: '初回の受診に同行し、訪問時に血圧と服薬を確認する', frequency: '2週に1回訪問' }],
    },
    {
      term: GoalTerm.SHORT,
      category: C.CARE_NEEDS,
      text: '要介護認定を受け、買い物と通院の付き添いを確保する',
      targetInDays: 45,
      roles: [{ agency: Sector.ELDERLY_CARE, action: '要介護認定の申請を代行し、ケアマネジャーにつなぐ', frequency: '申請時と認定後に訪問' }],
    },
  ],
  participationReferral: false,
  outreach: true,
  leadAgency: Sector.HOUSING,
  nextReviewInDays: 30,
  agreement: { method: ConsentMethod.WRITTEN, daysAgo: 2 },
  approvedIn: 'held',
};

/** Approved twelve weeks ago; evaluated this morning: 見守り (watching), a check-in every 30 days. */
const watanabe: StoryPlan = {
  case: 'watanabe',
  assessment: {
    urgency: AssessmentUrgency.MODERATE,
    unknownDomains: [],
    domains: [
      { category: C.HOUSING, text: '木造平屋の持ち家。居間と台所に物が積み重なり、動線がふさがっている。屋根から雨漏りがある。' },
      { category: C.HEALTH, text: '糖尿病。通院が3か月途切れ、服薬が不規則になっている。' },
      { category: C.CARE_NEEDS, text: '身の回りのことはおおむね自分でできる。重い物の片付けは難しい。' },
    ],
    household: '妻と5年前に死別し独居。子はいない。親族との行き来はない。',
    strengths: '元大工で手先が器用。庭木の手入れが好きで、話し出すと止まらない。',
    personWords: '「家のことは自分でやれる。ただ、女房が死んでから片付ける気が起きない。雨漏りだけは何とかしたい」',
    professionalView: 'セルフネグレクトの傾向がある。住環境と通院を整えるのと並行して、地域とのつながりをつくり孤立を防ぐ必要がある。',
  },
  personWishes: '「この家で最期まで暮らしたい。人の世話にはなりたくないが、雨漏りと片付けだけは手伝ってほしい」',
  policy: '本人の「自分でやりたい」という気持ちを尊重しながら、住環境の改善と通院の再開を支え、地域のつながりの中で安心して暮らせるようにする。',
  goals: [
    {
      term: GoalTerm.SHORT,
      category: C.HOUSING,
      text: '居間と台所を安全に使えるようにし、雨漏りを直す',
      targetInDays: -14,
      roles: [{ agency: Sector.HOUSING, action: '片付けの段取りを本人と決め、修繕業者を紹介する', frequency: '片付けの間は週1回訪問' }],
    },
    {
      term: GoalTerm.SHORT,
      category: C.HEALTH,
      text: '糖尿病の通院を再開し、服薬を続ける',
      targetInDays: -14,
      roles: [{ agency: Sector.HEALTH, action: '通院の再開を支え、服薬の状況を確認する', frequency: '月1回訪問' }],
    },
    {
      term: GoalTerm.LONG,
      category: C.BASIC,
      text: '社協のサロンに通い、近所に顔なじみをつくる',
      targetInDays: 90,
      roles: [
        { agency: Sector.COMMUNITY, action: '地区のいきいきサロンを紹介し、初回に同行する', frequency: 'サロン開催時(月2回)' },
        { agency: Sector.ELDERLY_CARE, action: '訪問して生活の様子を確認する', frequency: '月1回' },
      ],
    },
  ],
  participationReferral: true,
  outreach: false,
  leadAgency: Sector.ELDERLY_CARE,
  nextReviewInDays: -2,
  agreement: { method: ConsentMethod.WRITTEN, daysAgo: 86 },
  approvedIn: 'earlier',
  evaluation: {
    goals: [
      { achievement: GoalAchievement.ACHIEVED, note: '居間と台所の動線を確保。雨漏りは修繕済み。' },
      { achievement: GoalAchievement.ACHIEVED, note: '月1回の通院が定着し、服薬も自分で管理できている。' },
      { achievement: GoalAchievement.PARTLY, note: 'サロンには月2回参加している。近所との付き合いはこれから。' },
    ],
    decision: PlanDecision.WATCH,
    reason: '住環境と通院は安定した。地域包括支援センターの訪問とサロンで、地域とのつながりを見守る。',
    watchIntervalDays: 30,
    inMeeting: 'held',
  },
};

/** Approved twelve weeks ago; the goals reached, support ended (終結). */
const yamamoto: StoryPlan = {
  case: 'yamamoto',
  assessment: {
    urgency: AssessmentUrgency.HIGH,
    unknownDomains: [],
    domains: [
      { category: C.FINANCES, text: '消費者金融3社から計約180万円の借入れ。返済のための借入れを繰り返している。' },
      { category: C.LEGAL, text: '督促が続き、1社から訴訟予告の通知が届いている。' },
      { category: C.EMPLOYMENT, text: '派遣で倉庫作業。収入は月約16万円で、仕事の量に波がある。' },
    ],
    household: '単身。実家の母とは電話で連絡をとる程度。',
    strengths: '仕事を休まずに続けてきた。家計簿をつけることに前向き。',
    personWords: '「毎月の返済で頭がいっぱい。督促の電話が怖くて、知らない番号には出られない」',
    professionalView: '債務の法的な整理が最優先。家計の立て直しと並行して、正社員を目指した就労支援で収入を安定させる。',
  },
  personWishes: '「借金を片付けて、安心して働ける毎日にしたい。できれば正社員になりたい」',
  policy: '法テラスの援助で債務を整理し、家計改善支援で返済を続けられる家計をつくる。ハローワークと連携して安定した就労を目指す。',
  goals: [
    {
      term: GoalTerm.SHORT,
      category: C.LEGAL,
      text: '任意整理を成立させ、督促を止める',
      targetInDays: -60,
      roles: [{ agency: Sector.LEGAL, action: '法律相談と代理援助で任意整理を進める', frequency: '月1回面談' }],
    },
    {
      term: GoalTerm.LONG,
      category: C.EMPLOYMENT,
      text: '正社員として働き、収入を安定させる',
      targetInDays: -14,
      roles: [{ agency: Sector.EMPLOYMENT, action: '求人を紹介し、応募書類と面接の準備を支える', frequency: '2週に1回' }],
    },
  ],
  participationReferral: false,
  outreach: false,
  leadAgency: Sector.WELFARE,
  nextReviewInDays: -14,
  agreement: { method: ConsentMethod.WRITTEN, daysAgo: 88 },
  approvedIn: 'earlier',
  evaluation: {
    goals: [
      { achievement: GoalAchievement.ACHIEVED, note: '任意整理が成立。返済は月2万円で続いている。' },
      { achievement: GoalAchievement.ACHIEVED, note: '食品工場の正社員として就職した。' },
    ],
    decision: PlanDecision.CLOSE,
    closureReason: PlanClosureReason.GOALS_ACHIEVED,
    reason: '債務整理が成立し、正社員として就職。本人の希望により終結。困ったときは再度相談できることを伝えた。',
  },
};

/** The young man not met yet: the assessment from his mother's account, and a draft plan to discuss next week. */
const ito: StoryPlan = {
  case: 'ito',
  assessment: {
    urgency: AssessmentUrgency.MODERATE,
    unknownDomains: [C.HEALTH, C.FINANCES],
    domains: [
      { category: C.MENTAL_HEALTH, text: '高校卒業後、約4年間ほとんど外出していない。昼夜逆転。受診歴はない。' },
      { category: C.EMPLOYMENT, text: '就労経験はない。パソコンの扱いは得意と母親は話す。' },
      { category: C.FAMILY, text: '母親(52歳)と二人暮らし。母親はパートで働き、本人の将来を心配している。' },
    ],
    household: '母親との二人暮らし。父親とは本人が小学生のときに離別。',
    strengths: 'ゲームを通じたオンラインの友人がいる。母親との会話はある。',
    personWords: '(母親を通じて)「今はまだ人と会うのはしんどい。でも、ゲームの話ができる場所なら行ってみてもいい」',
    professionalView: '本人との直接の接点をつくることが先決。急がず、本人の関心を入口に居場所につなぐ。母親の負担にも配慮が必要。',
  },
  personWishes: '(母親を通じて)「いきなり働くのは無理。まずは家の外に、気楽にいられる場所がほしい」',
  familyWishes: '母親:「少しずつでいいので、外に出るきっかけをつくってほしい」',
  policy: '本人の関心(ゲーム)を入口に、社協の若者サロンへの参加から始める。本人と会えるまでは母親を支え、訪問は本人の了解を得てから行う。',
  goals: [
    {
      term: GoalTerm.SHORT,
      category: C.MENTAL_HEALTH,
      text: '週1回、若者サロンに顔を出す',
      targetInDays: 90,
      roles: [{ agency: Sector.COMMUNITY, action: '若者サロンのゲーム会に招き、見学に付き添う', frequency: '週1回' }],
    },
    {
      term: GoalTerm.LONG,
      category: C.EMPLOYMENT,
      text: '自分に合った働き方を見つける',
      targetInDays: 365,
      roles: [{ agency: Sector.EMPLOYMENT, action: 'サロンでの出張相談で、働き方の選択肢を紹介する', frequency: '月1回' }],
    },
  ],
  participationReferral: true,
  outreach: true,
  leadAgency: Sector.COMMUNITY,
  nextReviewInDays: 90,
};

/** In the order the coordinator wrote them. */
export const DEMO_PLANS: readonly StoryPlan[] = [yamamoto, watanabe, kobayashi, ito];
