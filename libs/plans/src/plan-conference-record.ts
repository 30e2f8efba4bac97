import { Injectable } from '@nestjs/common';
import type { Actor } from '@renkei/access';
import { AgenciesService } from '@renkei/agencies';
import { ConferencePlans, escapeMarkdown as md } from '@renkei/conferences';
import { Transactions } from '@renkei/database';
import { jstDate, Purpose } from '@renkei/kernel';
import { GuardedTexts, type GuardedTextValue } from './guarded-texts.js';
import { PlanEntity, type PlanGoalEntity } from './plan.entity.js';
import { PlanTextPath } from './plan-texts.js';

const TERM_LABEL = { LONG: '長期 long-term', SHORT: '短期 short-term' } as const;

/**
 * The conference side's port, implemented here: the plan approved in a meeting, as approved,
 * for its 会議録. The texts are read with the meeting's scope, so the reader sees what was
 * shared in that meeting and the provisions are recorded as for any other read.
 */
@Injectable()
export class PlanConferenceRecord extends ConferencePlans {
  constructor(
    private readonly tx: Transactions,
    private readonly texts: GuardedTexts,
    private readonly agencies: AgenciesService,
  ) {
    super();
  }

  async approvedInMeeting(actor: Actor, conferenceId: string, caseIds: readonly string[]): Promise<Map<string, string[]>> {
    const blocks = new Map<string, string[]>();
    if (caseIds.length === 0) return blocks;
    const plans = await this.tx.manager
      .createQueryBuilder(PlanEntity, 'p')
      .leftJoinAndSelect('p.goals', 'g')
      .leftJoinAndSelect('g.roles', 'r')
      .where('p.approved_conference_id = :conferenceId AND p.case_id IN (:...caseIds)', { conferenceId, caseIds: [...caseIds] })
      .orderBy('p.number', 'ASC')
      .addOrderBy('g.position', 'ASC')
      .addOrderBy('r.position', 'ASC')
      .getMany();
    const agencies = await this.agencies.byIds(plans.flatMap((p) => [...(p.leadAgencyId ? [p.leadAgencyId] : []), ...(p.goals ?? []).flatMap((g) => (g.roles ?? []).map((r) => r.agencyId))]));
    const agencyName = (id: string | null) => (id ? md(agencies.get(id)?.name ?? id) : '—');
    for (const plan of plans) {
      const texts = (await this.texts.read(actor, 'plan', plan.caseId, [plan.id], { purpose: Purpose.CONFERENCE, conferenceId })).get(plan.id) ?? new Map();
      blocks.set(plan.caseId, [...(blocks.get(plan.caseId) ?? []), ...planBlock(plan, (path) => texts.get(path), agencyName)]);
    }
    return blocks;
  }
}

// A text as the record prints it: withheld → 非開示, never written → —.
function shown(value: GuardedTextValue | undefined): string {
  if (!value) return '—';
  return value.redacted || value.text === null ? '非開示 (withheld)' : md(value.text);
}

function planBlock(plan: PlanEntity, text: (path: string) => GuardedTextValue | undefined, agencyName: (id: string | null) => string): string[] {
  const agreement = plan.agreementMethod && plan.agreementObtainedAt ? `${plan.agreementMethod}, ${jstDate(plan.agreementObtainedAt)} (JST)` : '—';
  return [
    `### 支援プラン 第${plan.number}版 (本会議で承認 approved in this meeting)`,
    '',
    `- 本人の希望 Person’s wishes: ${shown(text(PlanTextPath.personWishes))}`,
    `- 家族の希望 Family’s wishes: ${shown(text(PlanTextPath.familyWishes))}`,
    `- 総合的な方針 Policy: ${shown(text(PlanTextPath.policy))}`,
    `- 主担当 Lead agency: ${agencyName(plan.leadAgencyId)}`,
    `- 次回モニタリング Next review: ${plan.nextReviewOn ?? '—'}`,
    `- 本人の同意 Agreement: ${agreement}`,
    `- 参加支援 Participation referral: ${plan.participationReferral ? 'あり yes' : 'なし no'} · アウトリーチ Outreach: ${plan.outreach ? 'あり yes' : 'なし no'}`,
    '',
    '#### 目標と役割分担 Goals and roles',
    '',
    ...(plan.goals ?? []).flatMap((goal, index) => goalLines(goal, index, text, agencyName)),
    '',
  ];
}

function goalLines(goal: PlanGoalEntity, index: number, text: (path: string) => GuardedTextValue | undefined, agencyName: (id: string | null) => string): string[] {
  return [
    `${index + 1}. [${TERM_LABEL[goal.term]}] ${shown(text(PlanTextPath.goal(goal.id)))} (目標日 target: ${goal.targetDate ?? '—'})`,
    ...(goal.roles ?? []).map((role) => `    - ${agencyName(role.agencyId)}: ${shown(text(PlanTextPath.role(role.id)))} (頻度 frequency: ${md(role.frequency)})`),
  ];
}
