import { Injectable } from '@nestjs/common';
import { AccessPolicy, type Actor } from '@renkei/access';
import { CasesService, COORDINATION } from '@renkei/cases';
import { CommunityActivitiesService } from '@renkei/community';
import { ConferenceStore } from '@renkei/conferences';
import { ReferralsService } from '@renkei/participation';
import { TasksService } from '@renkei/tasks';
import { DomainError } from '@renkei/kernel';
import { CELL_LABELS } from './cell-labels.js';
import { IndicatorRecordKind } from './indicator-enums.js';
import type { IndicatorRecordModel } from './indicator.model.js';

/** A record a figure counts: its id, the case it belongs to when read case by case, its day (JST). */
export interface CountedRecord {
  readonly id: string;
  readonly owner: string | null;
  readonly on: string;
}

// What the ability says of a kind of record, before a single one of them is read.
const SUBJECTS = { CASE: 'Case', TASK: 'Case', REFERRAL: 'Case', CONFERENCE: 'Conference', ACTIVITY: 'CommunityActivity' } as const;

/**
 * The records behind a figure, read through each context's own door (the readers that decide
 * what the caller may see and record the provisions): only those the reader may see, labelled
 * with what the reader may see of them (a case's title, never a name it may not see).
 */
@Injectable()
export class IndicatorRecords {
  constructor(
    private readonly access: AccessPolicy,
    private readonly cases: CasesService,
    private readonly tasks: TasksService,
    private readonly conferences: ConferenceStore,
    private readonly referrals: ReferralsService,
    private readonly activities: CommunityActivitiesService,
  ) {}

  /** Whether the actor may open records of this kind at all (the figure's drill-down). */
  mayOpen(actor: Actor, kind: IndicatorRecordKind): boolean {
    return this.access.abilityFor(actor).can('read', SUBJECTS[kind]);
  }

  async read(actor: Actor, kind: IndicatorRecordKind, counted: readonly CountedRecord[]): Promise<IndicatorRecordModel[]> {
    const labels = await this.labels(actor, kind, counted);
    return counted.flatMap((record) => {
      const label = labels.get(record.id);
      return label === undefined ? [] : [{ kind, id: record.id, label, on: record.on }];
    });
  }

  // The label of each record the actor may see, by id; the others are absent.
  private async labels(actor: Actor, kind: IndicatorRecordKind, counted: readonly CountedRecord[]): Promise<Map<string, string>> {
    const ids = counted.map((record) => record.id);
    switch (kind) {
      case IndicatorRecordKind.CASE:
        return titles(await this.cases.readable(actor, ids, COORDINATION));
      case IndicatorRecordKind.TASK:
        return titles(await this.tasks.readable(actor, ids));
      case IndicatorRecordKind.CONFERENCE: {
        const found = await Promise.all(ids.map((id) => readable(this.conferences.require(actor, id))));
        return new Map(found.flatMap((conference) => (conference ? [[conference.entity.id, conference.entity.title] as const] : [])));
      }
      case IndicatorRecordKind.ACTIVITY: {
        const found = await Promise.all(ids.map((id) => this.activities.get(actor, id)));
        return new Map(found.flatMap((activity) => (activity ? [[activity.id, `${activity.place}（${CELL_LABELS.activityKind[activity.kind]}）`] as const] : [])));
      }
      case IndicatorRecordKind.REFERRAL:
        return this.referralLabels(actor, counted);
    }
  }

  // A referral is read with its case: the case first (the one door), then its referrals.
  private async referralLabels(actor: Actor, counted: readonly CountedRecord[]): Promise<Map<string, string>> {
    const wanted = new Set(counted.map((record) => record.id));
    const cases = await this.cases.readable(actor, [...new Set(counted.flatMap((record) => (record.owner ? [record.owner] : [])))], COORDINATION);
    const referrals = await this.referrals.ofCases(actor, [...cases.keys()], COORDINATION);
    const labels = new Map<string, string>();
    for (const found of cases.values()) {
      for (const referral of referrals.get(found.id) ?? []) {
        if (wanted.has(referral.id)) labels.set(referral.id, `${found.title}：参加支援（${CELL_LABELS.referralStatus[referral.status]}）`);
      }
    }
    return labels;
  }
}

function titles(found: ReadonlyMap<string, { readonly title: string }>): Map<string, string> {
  return new Map([...found].map(([id, record]) => [id, record.title]));
}

// A record the actor may not read is left out, as a missing one is.
async function readable<T>(reading: Promise<T>): Promise<T | null> {
  try {
    return await reading;
  } catch (error) {
    if (error instanceof DomainError) return null;
    throw error;
  }
}
