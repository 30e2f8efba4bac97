import type { ConferenceRecordData, RecordedAgendaItem } from '@renkei/conferences';
import { type DocumentDates, documentDates } from './document-dates.js';
import { TASK_STATUS_LABELS } from '@renkei/tasks';
import { CONFERENCE_STATUS_LABELS } from './document-labels.js';
import { facts, heading, list, note, type OfficeDocument, paragraph, table } from './office-document.js';
import { recordedPlanBlocks } from './plan-blocks.js';

/** The 会議録 as an office document, from the record's facts (the same the Markdown is written from). */
export function conferenceRecordDocument(record: ConferenceRecordData, municipality: string, issuedAt: Date, era: boolean): OfficeDocument {
  const dates = documentDates(era);
  const start = record.startedAt ?? record.scheduledAt;
  return {
    title: '会議録',
    municipality,
    issuedAt,
    era,
    blocks: [
      facts([
        ['会議名', record.title],
        ['種別', record.kindLabel],
        ['開催日', dates.date(start)],
        ['時間', record.endedAt ? `${dates.dateTime(start)} 〜 ${dates.dateTime(record.endedAt)}` : dates.dateTime(start)],
        ['会長', record.chair.agency ? `${record.chair.name}（${record.chair.agency}）` : record.chair.name],
        ['状態', `${CONFERENCE_STATUS_LABELS[record.status]}${record.cancellationReason ? `（${record.cancellationReason}）` : ''}`],
      ]),
      heading('出席者'),
      table(['機関', '出席者'], record.attendees.map(({ agency, present }) => [agency, present.length > 0 ? present.join('、') : '欠席']), [180, '*']),
      heading('守秘義務'),
      note(`${record.confidentiality}\n確認者: ${record.acknowledgedCount}名`),
      ...record.agenda.flatMap((item) => agendaBlocks(item, dates)),
      ...(record.requests.length > 0
        ? [
            heading('依頼'),
            table(
              ['依頼', '宛先', '議題・区分', '期限', '内容', '回答'],
              record.requests.map((r) => [`${r.kind}（${dates.dateTime(r.requestedAt)}）`, r.agency, r.subject ?? '—', r.dueAt ? dates.dateTime(r.dueAt) : '—', r.note, r.answer]),
            ),
          ]
        : []),
      ...(record.reviews.length > 0 ? [heading('前回までの対応事項の確認'), list(record.reviews.map((r) => `${r.outcome}: ${r.reason}`))] : []),
    ],
  };
}

function agendaBlocks(item: RecordedAgendaItem, dates: DocumentDates) {
  return [
    heading(`議題${item.position + 1}: ${item.caseTitle}${item.subject ? `（${item.subject}）` : ''}`),
    facts([['記録', item.minutes ?? '記録なし']]),
    facts([['決定事項', item.decisions.length > 0 ? item.decisions.map((d) => `・${d}`).join('\n') : 'なし']]),
    ...item.approvedPlans.flatMap((plan) => recordedPlanBlocks(plan, dates)),
    item.actionItems.length > 0
      ? table(
          ['対応事項', '担当', '期限', '状態'],
          item.actionItems.map((task) => [task.title, task.owner, task.dueAt ? dates.dateTime(task.dueAt) : '—', TASK_STATUS_LABELS[task.status]]),
          ['*', 130, 110, 60],
        )
      : paragraph('対応事項: なし'),
  ];
}
