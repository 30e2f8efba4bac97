import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { IntlProvider } from 'react-intl';

/** Renders in Japanese, the source language (its texts are the messages' defaults). */
export function renderInJapanese(ui: ReactElement): RenderResult {
  return render(
    <IntlProvider locale="ja-JP" timeZone="Asia/Tokyo" messages={{}} onError={() => undefined}>
      {ui}
    </IntlProvider>,
  );
}
