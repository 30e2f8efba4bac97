import { useIntl } from 'react-intl';
import { Button } from '../../ui/Button';
import { m as ui } from '../../ui/messages';
import { m } from './messages';
import type { LiveNotice } from './live-notices';

/**
 * Live news of the list, announced politely: the region stays in the page (empty when there is
 * nothing) so screen readers hear what is added to it without being interrupted.
 */
export function LiveNotices({ notices, onDismiss }: { notices: readonly LiveNotice[]; onDismiss: (key: string) => void }) {
  const intl = useIntl();
  const text = (notice: LiveNotice) => {
    switch (notice.kind) {
      case 'assigned':
        return intl.formatMessage(m.assigned, { title: notice.title });
      case 'dueSoon':
        return intl.formatMessage(m.dueSoonReminder, { titles: intl.formatList(notice.titles) });
      case 'overdue':
        return intl.formatMessage(m.overdueReminder, { titles: intl.formatList(notice.titles) });
      case 'caughtUp':
        return intl.formatMessage(m.caughtUp, { count: notice.count });
      case 'reloaded':
        return intl.formatMessage(m.reloaded);
    }
  };
  return (
    <div role="status" className="mb-4 flex flex-col gap-2 empty:hidden">
      {notices.map((notice) => (
        <div key={notice.key} className="flex flex-wrap items-center justify-between gap-2 rounded-8 border-2 border-blue-900 bg-blue-50 px-4 py-2 text-std-16N-170">
          <p>{text(notice)}</p>
          <Button variant="text" size="sm" title={intl.formatMessage(m.dismiss)} onClick={() => onDismiss(notice.key)}>
            {intl.formatMessage(ui.close)}
          </Button>
        </div>
      ))}
    </div>
  );
}
