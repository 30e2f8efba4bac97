import { Injectable } from '@nestjs/common';
import { MeetingFacts, type MeetingRefs, type Reader, type SqlCondition } from '@renkei/access';
import { OPEN_TASK_STATUSES } from '@renkei/tasks';
import { ConferenceRequestKind, ConferenceRequestStatus } from './conference-request-enums.js';
import { ConferenceKind, ConferenceStatus } from './conference.entity.js';

/**
 * The conference context's side of the access port: which 支援会議 give a reader the basis
 * of 社会福祉法第106条の6 on a case now, and which decided an action item the reader holds.
 */
@Injectable()
export class SupportMeetingFactsSql extends MeetingFacts {
  supportMeeting(refs: MeetingRefs, reader: Reader, at: Date, prefix: string): SqlCondition {
    const m = `${prefix}m`;
    const sql = [
      `SELECT ${m}.id FROM conferences ${m}`,
      `JOIN municipalities ${prefix}mu ON ${prefix}mu.id = ${m}.municipality_id`,
      `WHERE ${basisHolds(m, prefix)}`,
      `AND EXISTS (SELECT 1 FROM conference_agenda_items ${prefix}ai WHERE ${prefix}ai.conference_id = ${m}.id AND ${prefix}ai.case_id = ${refs.caseId})`,
      refs.memberAgencyId ? `AND ${providerCondition(m, refs, refs.memberAgencyId, prefix)}` : '',
      refs.conferenceId ? `AND ${m}.id = CAST(:${prefix}conference AS uuid)` : '',
      `ORDER BY ${m}.started_at DESC, ${m}.id LIMIT 1`,
    ].join(' ');
    const shared = refs.memberAgencyId && refs.category ? { [`${prefix}information`]: ConferenceRequestKind.INFORMATION, [`${prefix}accepted`]: ConferenceRequestStatus.ACCEPTED } : {};
    return { sql, params: { ...basisParams(reader, at, prefix), ...shared, ...(refs.conferenceId ? { [`${prefix}conference`]: refs.conferenceId } : {}) } };
  }

  supportMeetingCaseIds(reader: Reader, at: Date, prefix: string): SqlCondition {
    const m = `${prefix}m`;
    const sql = [
      `SELECT ${prefix}ai.case_id FROM conferences ${m}`,
      `JOIN municipalities ${prefix}mu ON ${prefix}mu.id = ${m}.municipality_id`,
      `JOIN conference_agenda_items ${prefix}ai ON ${prefix}ai.conference_id = ${m}.id`,
      `WHERE ${basisHolds(m, prefix)}`,
    ].join(' ');
    return { sql, params: basisParams(reader, at, prefix) };
  }

  actionItemMeeting(refs: Pick<MeetingRefs, 'caseId'>, reader: Reader, prefix: string): SqlCondition {
    const t = `${prefix}t`;
    const m = `${prefix}m`;
    const sql = [
      `SELECT ${m}.id FROM tasks ${t} JOIN conferences ${m} ON ${m}.id = ${t}.conference_id`,
      `WHERE ${t}.case_id = ${refs.caseId} AND ${t}.status IN (:...${prefix}open)`,
      `AND ${m}.kind = CAST(:${prefix}kind AS conference_kind) AND ${m}.status <> CAST(:${prefix}cancelled AS conference_status)`,
      `AND (${t}.assignee_user_id = CAST(:${prefix}user AS uuid) OR ${t}.assignee_agency_id = CAST(:${prefix}agency AS uuid))`,
      `ORDER BY ${t}.created_at DESC LIMIT 1`,
    ].join(' ');
    return {
      sql,
      params: {
        [`${prefix}open`]: [...OPEN_TASK_STATUSES],
        [`${prefix}kind`]: ConferenceKind.SUPPORT_MEETING,
        [`${prefix}cancelled`]: ConferenceStatus.CANCELLED,
        [`${prefix}user`]: reader.userId,
        [`${prefix}agency`]: reader.agencyId,
      },
    };
  }
}

// Whether `agency` (SQL) is a member of meeting `m`: a convened agency, or the chair's.
function isMember(m: string, agency: string, alias: string): string {
  return `(${m}.chair_agency_id = ${agency} OR EXISTS (SELECT 1 FROM conference_participants ${alias} WHERE ${alias}.conference_id = ${m}.id AND ${alias}.agency_id = ${agency}))`;
}

// Whether the provider's item (of `refs.category`) is shared in meeting `m`: the provider a
// member, or, for that category, it accepted the chair's request for information on the case
// (情報提供の依頼) and named the category among the sections it shares.
function providerCondition(m: string, refs: MeetingRefs, provider: string, prefix: string): string {
  if (!refs.category) return isMember(m, provider, `${prefix}pp`);
  const r = `${prefix}rq`;
  const requested = [
    `EXISTS (SELECT 1 FROM conference_requests ${r} WHERE ${r}.conference_id = ${m}.id AND ${r}.agency_id = ${provider} AND ${r}.case_id = ${refs.caseId}`,
    `AND ${r}.kind = CAST(:${prefix}information AS conference_request_kind) AND ${r}.status = CAST(:${prefix}accepted AS conference_request_status)`,
    `AND ${refs.category} = ANY(${r}.shared_categories))`,
  ].join(' ');
  return `(${isMember(m, provider, `${prefix}pp`)} OR ${requested})`;
}

// The 支援会議 basis for the reader, on meeting `m` (joined with its municipality `<prefix>mu`):
// started and not cancelled, within the period after its end, acknowledged, the reader a member.
function basisHolds(m: string, prefix: string): string {
  return [
    `${m}.kind = CAST(:${prefix}kind AS conference_kind) AND ${m}.status IN (CAST(:${prefix}running AS conference_status), CAST(:${prefix}ended AS conference_status))`,
    `AND ${m}.started_at <= :${prefix}at AND (${m}.ended_at IS NULL OR ${m}.ended_at + make_interval(days => ${prefix}mu.support_meeting_access_days) > :${prefix}at)`,
    `AND EXISTS (SELECT 1 FROM conference_acknowledgements ${prefix}ack WHERE ${prefix}ack.conference_id = ${m}.id AND ${prefix}ack.user_id = CAST(:${prefix}user AS uuid))`,
    `AND (${m}.chair_user_id = CAST(:${prefix}user AS uuid) OR ${isMember(m, `CAST(:${prefix}agency AS uuid)`, `${prefix}rp`)})`,
  ].join(' ');
}

function basisParams(reader: Reader, at: Date, prefix: string): Record<string, unknown> {
  return {
    [`${prefix}kind`]: ConferenceKind.SUPPORT_MEETING,
    [`${prefix}running`]: ConferenceStatus.IN_PROGRESS,
    [`${prefix}ended`]: ConferenceStatus.ENDED,
    [`${prefix}at`]: at,
    [`${prefix}user`]: reader.userId,
    [`${prefix}agency`]: reader.agencyId,
  };
}
