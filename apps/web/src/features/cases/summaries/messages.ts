import { defineMessages } from 'react-intl';

export const m = defineMessages({});

/** English texts, by message id. */
export const en: Record<string, string> = {};
