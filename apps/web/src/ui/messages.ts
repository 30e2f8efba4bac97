import { defineMessages } from 'react-intl';

export const m = defineMessages({
  required: { id: 'ui.required', defaultMessage: '※必須' },
  loading: { id: 'ui.loading', defaultMessage: '読み込み中…' },
  close: { id: 'ui.close', defaultMessage: '閉じる' },
  cancel: { id: 'ui.cancel', defaultMessage: 'キャンセル' },
  save: { id: 'ui.save', defaultMessage: '保存する' },
  retry: { id: 'ui.retry', defaultMessage: '再読み込み' },
  noItems: { id: 'ui.noItems', defaultMessage: '該当するものはありません。' },
});

/** English texts, by message id (the errors' too). */
export const en: Record<string, string> = {
  'ui.required': '* Required',
  'ui.loading': 'Loading…',
  'ui.close': 'Close',
  'ui.cancel': 'Cancel',
  'ui.save': 'Save',
  'ui.retry': 'Reload',
  'ui.noItems': 'Nothing to show.',
  'error.unauthenticated': 'Your session has ended. Please sign in again.',
  'error.forbidden': 'You are not allowed to do this.',
  'error.notFound': 'Not found: it was removed, or you may not see it.',
  'error.badInput': 'Some entries are not valid. Please check them.',
  'error.conflict': 'This was changed meanwhile. Check the latest content and try again.',
  'error.rateLimited': 'Too many attempts. Please wait about {seconds} seconds and try again.',
  'error.network': 'The server cannot be reached. Check the connection and try again.',
  'error.unknown': 'This could not be completed. Please try again later.',
};
