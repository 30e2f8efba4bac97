import { defineMessage, defineMessages } from 'react-intl';

export const m = defineMessages({
  heading: { id: 'summaries.heading', defaultMessage: '支援経過の要約' },
  lead: {
    id: 'summaries.lead',
    defaultMessage: '各機関が書いた要約です。他機関の情報は、提供の根拠（本人同意・支援会議など）がある区分だけが表示されます。',
  },
  none: { id: 'summaries.none', defaultMessage: 'まだどの機関も要約を書いていません。' },
  noSections: { id: 'summaries.noSections', defaultMessage: 'この要約には区分がありません。' },
  redacted: { id: 'summaries.redacted', defaultMessage: '非開示' },
  redactedReason: { id: 'summaries.redactedReason', defaultMessage: '本人の同意がなく、支援会議の対象でもないため表示できません。' },
  ownNone: { id: 'summaries.ownNone', defaultMessage: '自機関の要約はまだありません。' },
  create: { id: 'summaries.create', defaultMessage: '自機関の要約を作成する' },
  edit: { id: 'summaries.edit', defaultMessage: '自機関の要約を編集する' },
  editorHint: { id: 'summaries.editorHint', defaultMessage: '保存すると新しい版になります。以前の版は残り、「過去の版を見る」で確認できます。' },
  addCategory: { id: 'summaries.addCategory', defaultMessage: '追加する区分' },
  addSection: { id: 'summaries.addSection', defaultMessage: '区分を追加' },
  bodyRequired: { id: 'summaries.bodyRequired', defaultMessage: '内容を入力してください。' },
  bodyTooLong: { id: 'summaries.bodyTooLong', defaultMessage: '20,000字以内で入力してください。' },
  sectionsRequired: { id: 'summaries.sectionsRequired', defaultMessage: '区分を1つ以上追加してください。' },
  save: { id: 'summaries.save', defaultMessage: '新しい版として保存する' },
  history: { id: 'summaries.history', defaultMessage: '過去の版を見る' },
  historyTitle: { id: 'summaries.historyTitle', defaultMessage: '自機関の要約の版の履歴' },
  currentVersion: { id: 'summaries.currentVersion', defaultMessage: '現在の版' },
  emptyVersion: { id: 'summaries.emptyVersion', defaultMessage: 'この版には区分がありません。' },
});

// Messages with values, typed so that a missing value fails the build.
export const mv = {
  ownAgency: defineMessage<{ agency: string }>({ id: 'summaries.ownAgency', defaultMessage: '{agency}（自機関）' }),
  versionInfo: defineMessage<{ updatedAt: string; version: number }>({ id: 'summaries.versionInfo', defaultMessage: '第{version}版・{updatedAt} 更新' }),
  editorTitle: defineMessage<{ agency: string }>({ id: 'summaries.editorTitle', defaultMessage: '自機関の要約を編集（{agency}）' }),
  removeSection: defineMessage<{ category: string }>({ id: 'summaries.removeSection', defaultMessage: '「{category}」を削除' }),
  saved: defineMessage<{ version: number }>({ id: 'summaries.saved', defaultMessage: '自機関の要約を第{version}版として保存しました。' }),
  versionHeading: defineMessage<{ version: number; writtenAt: string }>({ id: 'summaries.versionHeading', defaultMessage: '第{version}版（{writtenAt}）' }),
};

/** English texts, by message id. */
export const en: Record<string, string> = {
  'summaries.heading': 'Case summaries by agency',
  'summaries.lead': 'Each agency’s summary. Another agency’s section shows only where there is a basis to share it (the person’s consent, a support meeting …).',
  'summaries.none': 'No agency has written a summary yet.',
  'summaries.ownAgency': '{agency} (your agency)',
  'summaries.versionInfo': 'Version {version}, updated {updatedAt}',
  'summaries.noSections': 'This summary has no sections.',
  'summaries.redacted': 'Withheld',
  'summaries.redactedReason': 'Not shown: the person has not consented, and it is not shared through a support meeting.',
  'summaries.ownNone': 'Your agency has not written a summary yet.',
  'summaries.create': 'Write your agency’s summary',
  'summaries.edit': 'Edit your agency’s summary',
  'summaries.editorTitle': 'Edit your agency’s summary ({agency})',
  'summaries.editorHint': 'Saving makes a new version. Earlier versions are kept; see them under “Earlier versions”.',
  'summaries.addCategory': 'Section to add',
  'summaries.addSection': 'Add section',
  'summaries.removeSection': 'Remove “{category}”',
  'summaries.bodyRequired': 'Enter the text.',
  'summaries.bodyTooLong': 'At most 20,000 characters.',
  'summaries.sectionsRequired': 'Add at least one section.',
  'summaries.save': 'Save as a new version',
  'summaries.saved': 'Your agency’s summary was saved as version {version}.',
  'summaries.history': 'Earlier versions',
  'summaries.historyTitle': 'Versions of your agency’s summary',
  'summaries.versionHeading': 'Version {version} ({writtenAt})',
  'summaries.currentVersion': 'Current version',
  'summaries.emptyVersion': 'This version has no sections.',
};
