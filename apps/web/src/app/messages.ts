import { defineMessages } from 'react-intl';

export const m = defineMessages({
  appName: { id: 'app.name', defaultMessage: '連携 Renkei' },
  skipToContent: { id: 'app.skipToContent', defaultMessage: '本文へ移動' },
  mainNav: { id: 'app.mainNav', defaultMessage: 'メインメニュー' },
  navTasks: { id: 'app.nav.tasks', defaultMessage: 'マイタスク' },
  navCases: { id: 'app.nav.cases', defaultMessage: 'ケース' },
  navConferences: { id: 'app.nav.conferences', defaultMessage: '会議' },
  navAdmin: { id: 'app.nav.admin', defaultMessage: '管理' },
  navAudit: { id: 'app.nav.audit', defaultMessage: '監査' },
  signOut: { id: 'app.signOut', defaultMessage: 'ログアウト' },
  userInfo: { id: 'app.userInfo', defaultMessage: 'ログイン中のユーザー' },
  language: { id: 'app.language', defaultMessage: 'English' },
  languageLabel: { id: 'app.languageLabel', defaultMessage: '表示言語を英語に切り替える' },
  notFound: { id: 'app.notFound', defaultMessage: 'ページが見つかりません' },
  backHome: { id: 'app.backHome', defaultMessage: 'マイタスクへ戻る' },
});

export const en: Record<string, string> = {
  'app.name': 'Renkei',
  'app.skipToContent': 'Skip to content',
  'app.mainNav': 'Main menu',
  'app.nav.tasks': 'My tasks',
  'app.nav.cases': 'Cases',
  'app.nav.conferences': 'Conferences',
  'app.nav.admin': 'Administration',
  'app.nav.audit': 'Audit',
  'app.signOut': 'Sign out',
  'app.userInfo': 'Signed in as',
  'app.language': '日本語',
  'app.languageLabel': 'Switch the display language to Japanese',
  'app.notFound': 'Page not found',
  'app.backHome': 'Back to my tasks',
};
