import { registerEnumType } from '@nestjs/graphql';

/** Where a version of the support plan (支援プラン) is in its life. */
export enum PlanStatus {
  DRAFT = 'DRAFT', // 作成中
  PROPOSED = 'PROPOSED', // 会議に提出 (to be approved)
  IN_PROGRESS = 'IN_PROGRESS', // 支援中 (approved: 支援決定)
  REVIEW = 'REVIEW', // 評価中 (on a 重層的支援会議 for evaluation)
  EVALUATED = 'EVALUATED', // 評価済 (continued: in force until the next version is approved)
  WATCHING = 'WATCHING', // 見守り
  CLOSED = 'CLOSED', // 終結
  SUSPENDED = 'SUSPENDED', // 中断
  SUPERSEDED = 'SUPERSEDED', // 次版に移行
}

/** A goal's horizon. */
export enum GoalTerm {
  LONG = 'LONG', // 長期目標
  SHORT = 'SHORT', // 短期目標
}

/** How far a goal was reached, as the evaluation (評価) finds it. */
export enum GoalAchievement {
  ACHIEVED = 'ACHIEVED', // 達成
  PARTLY = 'PARTLY', // 一部達成
  NOT_ACHIEVED = 'NOT_ACHIEVED', // 未達成
  NOT_RELEVANT = 'NOT_RELEVANT', // 目標として不要になった
}

/** What the evaluation decides for the plan. */
export enum PlanDecision {
  CONTINUE = 'CONTINUE', // 継続 (a new version)
  CLOSE = 'CLOSE', // 終結
  SUSPEND = 'SUSPEND', // 中断
  WATCH = 'WATCH', // 見守り
}

/** Why support ended (終結理由). */
export enum PlanClosureReason {
  GOALS_ACHIEVED = 'GOALS_ACHIEVED', // 目標達成
  TRANSFERRED = 'TRANSFERRED', // 他機関へ移行
  MOVED_AWAY = 'MOVED_AWAY', // 転出
  DECEASED = 'DECEASED', // 死亡
  PERSON_DECLINED = 'PERSON_DECLINED', // 本人の辞退
  NO_CONTACT = 'NO_CONTACT', // 連絡不通
  OTHER = 'OTHER', // その他 (with a reason)
}

registerEnumType(PlanStatus, { name: 'PlanStatus', description: 'Where a plan version is in its life (作成中 … 終結 / 見守り / 次版に移行).' });
registerEnumType(GoalTerm, { name: 'GoalTerm', description: 'A goal’s horizon: long-term (長期) or short-term (短期).' });
registerEnumType(GoalAchievement, { name: 'GoalAchievement', description: 'How far a goal was reached (評価).' });
registerEnumType(PlanDecision, { name: 'PlanDecision', description: 'What the evaluation decides: continue with a new version, close, suspend or watch.' });
registerEnumType(PlanClosureReason, { name: 'PlanClosureReason', description: 'Why support ended (終結理由).' });
