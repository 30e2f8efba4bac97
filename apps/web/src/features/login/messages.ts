import { defineMessages } from 'react-intl';

export const m = defineMessages({
  title: { id: 'login.title', defaultMessage: 'ログイン' },
  lead: { id: 'login.lead', defaultMessage: '包括的な支援体制のための多機関連携システム' },
  email: { id: 'login.email', defaultMessage: 'メールアドレス' },
  password: { id: 'login.password', defaultMessage: 'パスワード' },
  submit: { id: 'login.submit', defaultMessage: 'ログインする' },
  submitting: { id: 'login.submitting', defaultMessage: 'ログインしています…' },
  emailInvalid: { id: 'login.emailInvalid', defaultMessage: 'メールアドレスを正しい形式で入力してください。' },
  passwordMissing: { id: 'login.passwordMissing', defaultMessage: 'パスワードを入力してください。' },
  wrongCredentials: { id: 'login.wrongCredentials', defaultMessage: 'メールアドレスまたはパスワードが正しくありません。' },
  expired: { id: 'login.expired', defaultMessage: 'ログインの有効期限が切れました。もう一度ログインしてください。' },
  revoked: { id: 'login.revoked', defaultMessage: 'このセッションは終了しました（アカウントの利用停止など）。続けるには、もう一度ログインしてください。' },
  signedOut: { id: 'login.signedOut', defaultMessage: 'ログアウトしました。' },
});

export const en: Record<string, string> = {
  'login.title': 'Sign in',
  'login.lead': 'Multi-agency coordination for comprehensive community support',
  'login.email': 'Email address',
  'login.password': 'Password',
  'login.submit': 'Sign in',
  'login.submitting': 'Signing in…',
  'login.emailInvalid': 'Enter a valid email address.',
  'login.passwordMissing': 'Enter your password.',
  'login.wrongCredentials': 'The email address or password is not correct.',
  'login.expired': 'Your session has expired. Please sign in again.',
  'login.revoked': 'This session was ended (for example, the account was deactivated). Sign in again to continue.',
  'login.signedOut': 'You have signed out.',
};
