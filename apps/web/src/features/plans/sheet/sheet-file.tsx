import { RawIntlProvider, type IntlShape } from 'react-intl';
import sheetCss from './plan-sheet.css?raw';
import { mv } from './messages';
import { PlanSheet, type PlanSheetProps } from './PlanSheet';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The sheet as a file of its own: the same component rendered to markup, with the sheet's
 * stylesheet inlined (the file is opened outside the app, so it carries its own <style>).
 * React's server renderer is loaded only when a sheet is downloaded.
 */
export async function sheetFile(intl: IntlShape, props: PlanSheetProps): Promise<string> {
  const { renderToStaticMarkup } = await import('react-dom/server');
  const markup = renderToStaticMarkup(
    <RawIntlProvider value={intl}>
      <PlanSheet {...props} />
    </RawIntlProvider>,
  );
  const title = `${intl.formatMessage(mv.heading, { number: props.plan.number })} ${props.caseTitle}`;
  return `<!doctype html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
${sheetCss}
</style>
</head>
<body>
${markup}
</body>
</html>
`;
}

/** Hands the browser a file to save, as a download link would. */
export function saveFile(name: string, contents: string, type = 'text/html'): void {
  const url = URL.createObjectURL(new Blob([contents], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // Released once the click's download has taken the file (revoking at once can cancel it).
  setTimeout(() => URL.revokeObjectURL(url));
}
