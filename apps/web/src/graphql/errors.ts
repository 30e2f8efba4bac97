import { CombinedGraphQLErrors, ServerError } from '@apollo/client';
import { defineMessages, type IntlShape, type MessageDescriptor } from 'react-intl';

/** The contract's error codes (API-CONTRACT.md); anything else is shown as a generic failure. */
export type ErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT' | 'CONFLICT' | 'RATE_LIMITED';

export const errorMessages = defineMessages({
  UNAUTHENTICATED: { id: 'error.unauthenticated', defaultMessage: 'ログインの有効期限が切れました。もう一度ログインしてください。' },
  FORBIDDEN: { id: 'error.forbidden', defaultMessage: 'この操作を行う権限がありません。' },
  NOT_FOUND: { id: 'error.notFound', defaultMessage: '対象が見つかりません。削除されたか、閲覧する権限がありません。' },
  BAD_USER_INPUT: { id: 'error.badInput', defaultMessage: '入力内容に誤りがあります。内容を確認してください。' },
  CONFLICT: { id: 'error.conflict', defaultMessage: '内容が更新されました。最新の内容を確認してから、もう一度操作してください。' },
  RATE_LIMITED: { id: 'error.rateLimited', defaultMessage: '操作が続いたため、しばらく受け付けられません。{seconds}秒ほど待ってから再度お試しください。' },
  network: { id: 'error.network', defaultMessage: 'サーバーに接続できません。通信状況を確認してから再度お試しください。' },
  unknown: { id: 'error.unknown', defaultMessage: '処理を完了できませんでした。時間をおいて再度お試しください。' },
});

export interface Violation {
  readonly field: string;
  readonly message: string;
}

/** What the screens need of a failed operation: its code and, for bad input, the fields. */
export interface ErrorFacts {
  readonly code: ErrorCode | 'network' | 'unknown';
  readonly retryAfterSeconds?: number;
  readonly violations: readonly Violation[];
}

const CODES = new Set<string>(['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT', 'CONFLICT', 'RATE_LIMITED']);

export function errorFacts(error: unknown): ErrorFacts {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const code = String(first?.extensions?.['code'] ?? '');
    const violations = (first?.extensions?.['violations'] as Violation[] | undefined) ?? [];
    const retry = first?.extensions?.['retryAfterSeconds'];
    return {
      code: CODES.has(code) ? (code as ErrorCode) : 'unknown',
      violations,
      ...(typeof retry === 'number' ? { retryAfterSeconds: retry } : {}),
    };
  }
  if (ServerError.is(error) || (error instanceof TypeError && /fetch/i.test(error.message))) return { code: 'network', violations: [] };
  return { code: 'unknown', violations: [] };
}

export function hasCode(error: unknown, code: ErrorCode): boolean {
  return errorFacts(error).code === code;
}

/** The caseworker's sentence for a failure: never the server's raw text, code or stack. */
export function describeError(error: unknown, intl: IntlShape): string {
  const facts = errorFacts(error);
  // Only the rate-limit sentence has a placeholder; the others take no values.
  const descriptor: MessageDescriptor = errorMessages[facts.code];
  return intl.formatMessage(descriptor, { seconds: facts.retryAfterSeconds ?? 60 });
}
