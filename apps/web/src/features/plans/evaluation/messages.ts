import { defineMessage, defineMessages } from 'react-intl';

// The 評価 (evaluation) of a support plan: each goal's achievement, then the one decision the
// national manual names (継続・終結・中断・見守り).

export const m = defineMessages({
  lead: {
    id: 'planEvaluation.lead',
    defaultMessage: '目標ごとに達成状況を選び、今後の支援の方向を1つ決めてください。評価を登録すると、ケースの状態もこの決定に従って変わります。',
  },
  goalsLegend: { id: 'planEvaluation.goals', defaultMessage: '目標ごとの評価' },
  decisionLegend: { id: 'planEvaluation.decision', defaultMessage: '今後の支援の方向' },
  closureReason: { id: 'planEvaluation.closureReason', defaultMessage: '終結の理由' },
  chooseReason: { id: 'planEvaluation.chooseReason', defaultMessage: '選んでください' },
  reasonClose: { id: 'planEvaluation.reasonClose', defaultMessage: '終結の理由の詳細' },
  reasonCloseHint: { id: 'planEvaluation.reasonCloseHint', defaultMessage: '「その他」を選んだときは必ず記入してください。' },
  reasonSuspend: { id: 'planEvaluation.reasonSuspend', defaultMessage: '中断の理由' },
  reasonOther: { id: 'planEvaluation.reasonOther', defaultMessage: '理由・補足' },
  watchInterval: { id: 'planEvaluation.watchInterval', defaultMessage: '見守り確認の間隔（日）' },
  watchIntervalHint: { id: 'planEvaluation.watchIntervalHint', defaultMessage: '7〜365日。この日数の後を期限として、主担当機関に「見守り確認」のタスクが依頼されます。' },
  continueHint: { id: 'planEvaluation.continueHint', defaultMessage: 'この版の内容を引き継いだ次の版が「作成中」で作られます。' },
  submit: { id: 'planEvaluation.submit', defaultMessage: '評価を登録する' },
  submitting: { id: 'planEvaluation.submitting', defaultMessage: '登録しています…' },
  notAllowed: { id: 'planEvaluation.notAllowed', defaultMessage: '評価できるのは、調整担当と主担当機関の職員です。' },
  notApproved: { id: 'planEvaluation.notApproved', defaultMessage: 'この版は支援決定されていないか、すでに終わっているため評価できません。' },
  conflict: { id: 'planEvaluation.conflict', defaultMessage: 'この版の状態が変わったため、評価を登録できませんでした。ケースの画面で最新の状態を確認してください。' },
  // The form's own checks, as message keys of the schema
  errAchievement: { id: 'planEvaluation.errAchievement', defaultMessage: '達成状況を選んでください。' },
  errDecision: { id: 'planEvaluation.errDecision', defaultMessage: '今後の支援の方向を選んでください。' },
  errClosureReason: { id: 'planEvaluation.errClosureReason', defaultMessage: '終結の理由を選んでください。' },
  errOtherReason: { id: 'planEvaluation.errOtherReason', defaultMessage: '「その他」の場合は、理由を入力してください。' },
  errSuspendReason: { id: 'planEvaluation.errSuspendReason', defaultMessage: '中断の理由を入力してください。' },
  errInterval: { id: 'planEvaluation.errInterval', defaultMessage: '7〜365の整数（日数）で入力してください。' },
  errTooLong: { id: 'planEvaluation.errTooLong', defaultMessage: '4000文字以内で入力してください。' },
});

export const mv = {
  title: defineMessage<{ number: number }>({ id: 'planEvaluation.title', defaultMessage: '支援プランの評価（第{number}版）' }),
  goal: defineMessage<{ n: number; term: string }>({ id: 'planEvaluation.goal', defaultMessage: '目標{n}（{term}）' }),
  targetDate: defineMessage<{ date: string }>({ id: 'planEvaluation.targetDate', defaultMessage: '目標期日：{date}' }),
};

/** English texts, by message id. */
export const en: Record<string, string> = {
  'planEvaluation.lead': 'Choose how far each goal was achieved, then one decision on the support. Recording the evaluation moves the case accordingly.',
  'planEvaluation.goals': 'Evaluation of each goal',
  'planEvaluation.decision': 'Decision on the support',
  'planEvaluation.closureReason': 'Reason for closing',
  'planEvaluation.chooseReason': 'Choose',
  'planEvaluation.reasonClose': 'Details of the reason',
  'planEvaluation.reasonCloseHint': 'Required when the reason is “Other”.',
  'planEvaluation.reasonSuspend': 'Reason for suspending',
  'planEvaluation.reasonOther': 'Reason or remarks',
  'planEvaluation.watchInterval': 'Check-in interval (days)',
  'planEvaluation.watchIntervalHint': '7–365 days. The lead agency gets a check-in task due after this many days.',
  'planEvaluation.continueHint': 'A next version carrying this one’s content is created as a draft.',
  'planEvaluation.submit': 'Record the evaluation',
  'planEvaluation.submitting': 'Recording…',
  'planEvaluation.notAllowed': 'Only coordinators and staff of the lead agency evaluate a plan.',
  'planEvaluation.notApproved': 'This version was not approved, or has ended: it cannot be evaluated.',
  'planEvaluation.conflict': 'This version changed meanwhile, so the evaluation was not recorded. Check the case for its current state.',
  'planEvaluation.errAchievement': 'Choose how far the goal was achieved.',
  'planEvaluation.errDecision': 'Choose a decision.',
  'planEvaluation.errClosureReason': 'Choose the reason for closing.',
  'planEvaluation.errOtherReason': 'Enter the reason when it is “Other”.',
  'planEvaluation.errSuspendReason': 'Enter the reason for suspending.',
  'planEvaluation.errInterval': 'Enter a whole number of days from 7 to 365.',
  'planEvaluation.errTooLong': 'Up to 4,000 characters.',
  'planEvaluation.title': 'Evaluating the support plan (version {number})',
  'planEvaluation.goal': 'Goal {n} ({term})',
  'planEvaluation.targetDate': 'Target date: {date}',
};
