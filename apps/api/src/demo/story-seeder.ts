import type { Actor } from '@renkei/access';
import type { CasesService } from '@renkei/cases';
import { jstDate, type Clock, type Sector } from '@renkei/kernel';
import type { SummariesService } from '@renkei/summaries';
import type { TasksService } from '@renkei/tasks';
import { DEMO_CASES } from './cases.story.js';
import { DEMO_COMMUNITY_ACTIVITIES, DEMO_HOST_SUPPORT, type StoryCommunityActivity, type StoryHostSupport } from './community.story.js';
import type { InProcessGraphQL } from './in-process-graphql.js';
import { DEMO_MEETINGS } from './meetings.story.js';
import { DemoOperations as Op } from './operations.js';
import { PlanSeeder } from './plan-seeder.js';
import { required } from './required.js';
import { DEMO_REFERRALS, type StoryReferral } from './referrals.story.js';
import { DEMO_RESOURCES, type StoryResource } from './resources.story.js';
import type { CaseKey, Persona, StoryCase, StoryConsent, StoryMeeting, StoryTask } from './story-types.js';
import { DEMO_TASKS } from './tasks.story.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The services the story is told through, and the demo municipality's people and agencies. */
export interface StoryStage {
  readonly clock: Clock;
  readonly cases: CasesService;
  readonly summaries: SummariesService;
  readonly tasks: TasksService;
  readonly api: InProcessGraphQL;
  readonly actors: Readonly<Record<Persona, Actor>>;
  readonly agencyIds: ReadonlyMap<Sector, string>;
}

/**
 * Tells the demo story as the demo users would: through the domain services, and through the
 * served API (in process) for consents, conferences and plans, whose contexts export no service.
 * Each step is checked, audited and announced like theirs. Times are relative to the clock's
 * now. Runs inside the caller's transaction.
 */
export class StorySeeder {
  private readonly now: Date;
  private readonly caseIds = new Map<CaseKey, string>();
  private readonly meetingIds = new Map<string, string>();
  private readonly resourceIds = new Map<string, string>();
  private readonly plans: PlanSeeder;

  constructor(private readonly stage: StoryStage) {
    this.now = stage.clock.now();
    this.plans = new PlanSeeder({
      api: (persona, source, variables) => this.api(persona, source, variables),
      caseId: (key) => this.caseId(key),
      agencyId: (sector) => this.agencyId(sector),
      meetingId: (key) => this.meetingId(key),
      now: this.now,
      tasks: stage.tasks,
      coordinator: this.actor('coordinator'),
    });
  }

  /** The directory of local resources (社会資源), entered by the coordinator: first, the history refers people to them. */
  async listDirectory(): Promise<void> {
    for (const resource of DEMO_RESOURCES) await this.listResource(resource);
  }

  /** The present story, after the directory and the year's history (history-seeder.ts). */
  async seed(): Promise<void> {
    for (const story of DEMO_CASES) await this.openCase(story);
    // The plans move the cases on from their assessment; meetings approve and evaluate them.
    await this.plans.draftAll();
    for (const meeting of DEMO_MEETINGS) await this.convene(meeting);
    for (const task of DEMO_TASKS) await this.assign(task);
    // The held meetings end once their action items are assigned; the evaluations made outside
    // a meeting come last, so that a case closed in the story was still open while its work was done.
    for (const meeting of DEMO_MEETINGS) if (meeting.held) await this.api('coordinator', Op.END, { id: this.meetingId(meeting.key) });
    await this.plans.evaluateRest();
    // 参加支援: the team's caseworkers connect people with the directory's resources.
    for (const referral of DEMO_REFERRALS) await this.refer(referral);
    // 受入先への支援 and 地域づくり over the last months.
    for (const support of DEMO_HOST_SUPPORT) await this.supportHost(support);
    for (const activity of DEMO_COMMUNITY_ACTIVITIES) await this.recordActivity(activity);
  }

  private async openCase(story: StoryCase): Promise<void> {
    const { cases, summaries } = this.stage;
    const { opening, subject, needs } = story;
    const opened =
      opening.by === 'coordinator'
        ? await cases.open(this.actor('coordinator'), { title: opening.title, subject, needs })
        : await cases.registerIntake(this.actor(opening.by), {
            subject,
            needs,
            note: opening.note,
            consentToConnect: { given: opening.consentToConnect !== null, method: opening.consentToConnect },
          });
    this.caseIds.set(story.key, opened.id);
    for (const sector of story.team) await cases.addTeamMember(this.actor('coordinator'), opened.id, this.agencyId(sector));
    for (const summary of story.summaries) await summaries.upsert(this.actor(summary.by), opened.id, summary.sections);
    for (const consent of story.consents) await this.recordConsent(opened.id, consent);
    for (const step of story.path) await cases.changeStatus(this.actor('coordinator'), opened.id, step.to, step.note);
  }

  private async recordConsent(caseId: string, consent: StoryConsent): Promise<void> {
    const obtainedAt = new Date(this.now.getTime() - consent.obtainedDaysAgo * DAY);
    const validUntil = consent.validForDays === null ? null : new Date(obtainedAt.getTime() + consent.validForDays * DAY);
    const input = {
      caseId,
      method: consent.method,
      obtainedAt: obtainedAt.toISOString(),
      validFrom: obtainedAt.toISOString(),
      validUntil: validUntil?.toISOString() ?? null,
      evidenceNote: consent.evidenceNote,
      provisions: consent.provisions.map((p) => ({ ...p, toCoordinatingBody: p.toCoordinatingBody ?? false, recipientAgencyIds: [] })),
    };
    const { recordConsent } = await this.api<{ recordConsent: { id: string } }>(consent.by, Op.RECORD_CONSENT, { input });
    if (consent.revokedBecause) await this.api(consent.by, Op.REVOKE_CONSENT, { id: recordConsent.id, reason: consent.revokedBecause });
  }

  private async convene(meeting: StoryMeeting): Promise<void> {
    // Meetings start on the hour.
    const scheduledAt = new Date(Math.floor(this.now.getTime() / HOUR) * HOUR + meeting.inHours * HOUR);
    const input = {
      kind: meeting.kind,
      title: meeting.title,
      scheduledAt: scheduledAt.toISOString(),
      agencyIds: meeting.participants.map((sector) => this.agencyId(sector)),
      caseIds: meeting.agenda.map((key) => this.caseId(key)),
    };
    const { scheduleConference } = await this.api<{ scheduleConference: { id: string } }>('coordinator', Op.SCHEDULE_CONFERENCE, { input });
    const id = scheduleConference.id;
    this.meetingIds.set(meeting.key, id);
    for (const persona of meeting.acknowledgedBy) await this.api(persona, Op.ACKNOWLEDGE, { id });
    if (!meeting.held) return;
    await this.api('coordinator', Op.START, { id });
    for (const persona of meeting.held.attendedBy) await this.api(persona, Op.JOIN, { id });
    const versions = new Map<CaseKey, number>();
    for (const { case: key, by, text } of meeting.held.minutes) {
      const expectedVersion = versions.get(key) ?? 0;
      await this.api(by, Op.ADD_MINUTES, { conferenceId: id, caseId: this.caseId(key), text, expectedVersion });
      versions.set(key, expectedVersion + 1);
    }
    await this.plans.decideIn(meeting.key);
    for (const { case: key, text } of meeting.held.decisions) await this.api('coordinator', Op.RECORD_DECISION, { conferenceId: id, caseId: this.caseId(key), text });
  }

  private async listResource({ input, suspended }: StoryResource): Promise<void> {
    const { createResource } = await this.api<{ createResource: { id: string } }>('coordinator', Op.CREATE_RESOURCE, { input });
    this.resourceIds.set(String(input['name']), createResource.id);
    if (suspended) await this.api('coordinator', Op.SET_RESOURCE_ACTIVE, { id: createResource.id, active: false });
  }

  private async assign(task: StoryTask): Promise<void> {
    const coordinator = this.actor('coordinator');
    const assignee = 'user' in task.assignee ? { assigneeUserId: this.actor(task.assignee.user).userId } : { assigneeAgencyId: this.agencyId(task.assignee.agency) };
    let entity = await this.stage.tasks.assign(coordinator, {
      caseId: this.caseId(task.case),
      ...(task.meeting ? { conferenceId: this.meetingId(task.meeting) } : {}),
      title: task.title,
      description: task.description,
      ...assignee,
      dueAt: new Date(this.now.getTime() + task.dueInHours * HOUR),
    });
    // The assignee moves their own task on; an agency's task, its coordinator.
    const actor = 'user' in task.assignee ? this.actor(task.assignee.user) : coordinator;
    for (const step of task.steps) entity = await this.stage.tasks.updateStatus(actor, entity.id, step.to, step.note, entity.version);
  }

  private async refer(story: StoryReferral): Promise<void> {
    const inDays = (days: number | undefined) => (days === undefined ? null : new Date(this.now.getTime() + days * DAY).toISOString());
    const input = {
      caseId: this.caseId(story.case),
      resourceId: required(this.resourceIds.get(story.resource), `resource ${story.resource}`),
      note: story.note,
      sharedWithHost: story.sharedWithHost ?? null,
      followUpAt: inDays(story.followUpInDays),
      hostFollowUpAt: inDays(story.hostFollowUpInDays),
    };
    let { referToResource: referral } = await this.api<{ referToResource: { id: string; version: number } }>(story.by, Op.REFER_TO_RESOURCE, { input });
    for (const step of story.steps) {
      const variables = { id: referral.id, expectedVersion: referral.version, status: step.to, note: step.note ?? null, endReason: step.endReason ?? null, sharedWithHost: step.sharedWithHost ?? null };
      ({ updateReferral: referral } = await this.api<{ updateReferral: { id: string; version: number } }>(story.by, Op.UPDATE_REFERRAL, variables));
    }
  }

  private async supportHost(story: StoryHostSupport): Promise<void> {
    const input = { resourceId: this.resourceId(story.resource), kind: story.kind, supportedOn: this.daysAgo(story.daysAgo), note: story.note, needsFollowUp: story.needsFollowUp };
    const { recordHostSupport } = await this.api<{ recordHostSupport: { id: string } }>(story.by, Op.RECORD_HOST_SUPPORT, { input });
    if (story.resolved) await this.api(story.by, Op.RESOLVE_HOST_SUPPORT, { id: recordHostSupport.id });
  }

  private async recordActivity({ daysAgo, resources, ...activity }: StoryCommunityActivity): Promise<void> {
    const input = { ...activity, heldOn: this.daysAgo(daysAgo), resourceIds: resources.map((name) => this.resourceId(name)) };
    await this.api('coordinator', Op.RECORD_COMMUNITY_ACTIVITY, { input });
  }

  // The JST calendar date `days` before the story's now.
  private daysAgo(days: number): string {
    return jstDate(new Date(this.now.getTime() - days * DAY));
  }

  private api<T = unknown>(persona: Persona, source: string, variables: Record<string, unknown>): Promise<T> {
    return this.stage.api.run<T>(this.actor(persona), source, variables);
  }

  private actor(persona: Persona): Actor {
    return this.stage.actors[persona];
  }

  private caseId(key: CaseKey): string {
    return required(this.caseIds.get(key), `case ${key}`);
  }

  private meetingId(key: string): string {
    return required(this.meetingIds.get(key), `meeting ${key}`);
  }

  private agencyId(sector: Sector): string {
    return required(this.stage.agencyIds.get(sector), `agency of ${sector}`);
  }

  resourceId(name: string): string {
    return required(this.resourceIds.get(name), `resource ${name}`);
  }
}
