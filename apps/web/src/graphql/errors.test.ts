import { CombinedGraphQLErrors } from '@apollo/client';
import { createIntl } from 'react-intl';
import { describeError, errorFacts } from './errors';

const intl = createIntl({ locale: 'ja-JP', messages: {}, onError: () => undefined });
const failure = (extensions: Record<string, unknown>, message = 'Internal detail: column "x" of relation "y"') =>
  new CombinedGraphQLErrors({ errors: [{ message, extensions }] });

describe('contract errors in a caseworker’s words', () => {
  it.each([
    ['FORBIDDEN', 'この操作を行う権限がありません。'],
    ['NOT_FOUND', '対象が見つかりません。削除されたか、閲覧する権限がありません。'],
    ['CONFLICT', '内容が更新されました。最新の内容を確認してから、もう一度操作してください。'],
    ['BAD_USER_INPUT', '入力内容に誤りがあります。内容を確認してください。'],
    ['UNAUTHENTICATED', 'ログインの有効期限が切れました。もう一度ログインしてください。'],
  ])('%s', (code, sentence) => {
    const text = describeError(failure({ code }), intl);
    expect(text).toBe(sentence);
    expect(text).not.toContain(code);
    expect(text).not.toContain('relation');
  });

  it('says how long to wait when rate-limited', () => {
    expect(describeError(failure({ code: 'RATE_LIMITED', retryAfterSeconds: 30 }), intl)).toContain('30秒');
  });

  it('never shows an unknown code or the server’s text', () => {
    expect(describeError(failure({ code: 'INTERNAL_SERVER_ERROR' }), intl)).toBe('処理を完了できませんでした。時間をおいて再度お試しください。');
    expect(describeError(new Error('stack trace at foo.ts:12'), intl)).not.toContain('foo.ts');
  });

  it('says so when the server cannot be reached', () => {
    expect(errorFacts(new TypeError('Failed to fetch')).code).toBe('network');
  });

  it('keeps the fields of a bad input, to show each at its field', () => {
    expect(errorFacts(failure({ code: 'BAD_USER_INPUT', violations: [{ field: 'email', message: 'must be an email' }] })).violations).toEqual([{ field: 'email', message: 'must be an email' }]);
  });
});
