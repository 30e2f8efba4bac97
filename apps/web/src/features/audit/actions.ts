import { defineMessages, type IntlShape } from 'react-intl';

// The trail's actions in Japanese. The list is also the action filter's choices; an action
// the server adds later shows as its own name until it is named here.
export const actionLabels = defineMessages({
  'municipality.provisioned': { id: 'auditAction.municipality.provisioned', defaultMessage: '自治体の初期設定' },
  'municipality.settings_changed': { id: 'auditAction.municipality.settings_changed', defaultMessage: '自治体の設定変更' },
  'agency.created': { id: 'auditAction.agency.created', defaultMessage: '機関の登録' },
  'user.created': { id: 'auditAction.user.created', defaultMessage: '利用者の登録' },
  'user.deactivated': { id: 'auditAction.user.deactivated', defaultMessage: '利用者の利用停止' },
  'user.logged_in': { id: 'auditAction.user.logged_in', defaultMessage: 'ログイン' },
  'user.sign_in_delayed': { id: 'auditAction.user.sign_in_delayed', defaultMessage: 'ログイン失敗による制限' },
  'user.sign_in_unlocked': { id: 'auditAction.user.sign_in_unlocked', defaultMessage: 'ログイン制限の解除' },
  'case.opened': { id: 'auditAction.case.opened', defaultMessage: 'ケースの開始' },
  'case.intake_registered': { id: 'auditAction.case.intake_registered', defaultMessage: '相談受付の登録' },
  'case.status_changed': { id: 'auditAction.case.status_changed', defaultMessage: 'ケースの状態変更' },
  'case.team_member_added': { id: 'auditAction.case.team_member_added', defaultMessage: 'ケースチームへの機関の追加' },
  'case.team_member_removed': { id: 'auditAction.case.team_member_removed', defaultMessage: 'ケースチームからの機関の除外' },
  'case.record_provided': { id: 'auditAction.case.record_provided', defaultMessage: 'ケース記録の提供' },
  'case.summary_written': { id: 'auditAction.case.summary_written', defaultMessage: '支援経過の要約の記入' },
  'case.summary_provided': { id: 'auditAction.case.summary_provided', defaultMessage: '支援経過の要約の提供' },
  'case.summaries.read': { id: 'auditAction.case.summaries.read', defaultMessage: '支援経過の要約の閲覧' },
  'consent.recorded': { id: 'auditAction.consent.recorded', defaultMessage: '本人同意の記録' },
  'consent.revoked': { id: 'auditAction.consent.revoked', defaultMessage: '本人同意の撤回' },
  'conference.scheduled': { id: 'auditAction.conference.scheduled', defaultMessage: '会議の登録' },
  'conference.participants_changed': { id: 'auditAction.conference.participants_changed', defaultMessage: '会議の構成員の変更' },
  'conference.agenda_changed': { id: 'auditAction.conference.agenda_changed', defaultMessage: '会議の議題の変更' },
  'conference.confidentiality_acknowledged': { id: 'auditAction.conference.confidentiality_acknowledged', defaultMessage: '守秘義務の確認' },
  'conference.joined': { id: 'auditAction.conference.joined', defaultMessage: '会議への入室' },
  'conference.left': { id: 'auditAction.conference.left', defaultMessage: '会議からの退室' },
  'conference.minutes_added': { id: 'auditAction.conference.minutes_added', defaultMessage: '議事録の記入' },
  'conference.decision_recorded': { id: 'auditAction.conference.decision_recorded', defaultMessage: '決定事項の記録' },
  'conference.action_item_reviewed': { id: 'auditAction.conference.action_item_reviewed', defaultMessage: '宿題事項の振り返り' },
  'conference.record_produced': { id: 'auditAction.conference.record_produced', defaultMessage: '会議録の作成' },
  'task.assigned': { id: 'auditAction.task.assigned', defaultMessage: 'タスクの依頼' },
  'task.status_changed': { id: 'auditAction.task.status_changed', defaultMessage: 'タスクの状態変更' },
  'task.commented': { id: 'auditAction.task.commented', defaultMessage: 'タスクへのコメント' },
  'task.reassigned': { id: 'auditAction.task.reassigned', defaultMessage: 'タスクの担当変更' },
});

export type KnownAction = keyof typeof actionLabels;
export const KNOWN_ACTIONS = Object.keys(actionLabels) as KnownAction[];

export function actionLabel(intl: IntlShape, action: string): string {
  return action in actionLabels ? intl.formatMessage(actionLabels[action as KnownAction]) : action;
}

/** English names of the actions, by message id. */
export const actionsEn: Record<string, string> = {
  'auditAction.municipality.provisioned': 'Municipality set up',
  'auditAction.municipality.settings_changed': 'Municipality settings changed',
  'auditAction.agency.created': 'Agency added',
  'auditAction.user.created': 'User added',
  'auditAction.user.deactivated': 'User deactivated',
  'auditAction.user.logged_in': 'Signed in',
  'auditAction.user.sign_in_delayed': 'Sign-in delayed after failures',
  'auditAction.user.sign_in_unlocked': 'Sign-in delays cleared',
  'auditAction.case.opened': 'Case opened',
  'auditAction.case.intake_registered': 'Intake registered',
  'auditAction.case.status_changed': 'Case status changed',
  'auditAction.case.team_member_added': 'Agency added to case team',
  'auditAction.case.team_member_removed': 'Agency removed from case team',
  'auditAction.case.record_provided': 'Case record provided',
  'auditAction.case.summary_written': 'Summary written',
  'auditAction.case.summary_provided': 'Summary provided',
  'auditAction.case.summaries.read': 'Summaries read',
  'auditAction.consent.recorded': 'Consent recorded',
  'auditAction.consent.revoked': 'Consent revoked',
  'auditAction.conference.scheduled': 'Conference scheduled',
  'auditAction.conference.participants_changed': 'Conference members changed',
  'auditAction.conference.agenda_changed': 'Conference agenda changed',
  'auditAction.conference.confidentiality_acknowledged': 'Confidentiality acknowledged',
  'auditAction.conference.joined': 'Joined conference',
  'auditAction.conference.left': 'Left conference',
  'auditAction.conference.minutes_added': 'Minutes written',
  'auditAction.conference.decision_recorded': 'Decision recorded',
  'auditAction.conference.action_item_reviewed': 'Action item reviewed',
  'auditAction.conference.record_produced': 'Conference record produced',
  'auditAction.task.assigned': 'Task assigned',
  'auditAction.task.status_changed': 'Task status changed',
  'auditAction.task.commented': 'Task commented',
  'auditAction.task.reassigned': 'Task reassigned',
};
