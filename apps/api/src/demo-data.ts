import { Injectable, Logger } from '@nestjs/common';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import type { Actor } from '@renkei/access';
import { AgenciesService } from '@renkei/agencies';
import { CasesService } from '@renkei/cases';
import { Transactions } from '@renkei/database';
import { actorOf, UserEntity, UsersService } from '@renkei/identity';
import { Clock, Role, Sector } from '@renkei/kernel';
import { SummariesService } from '@renkei/summaries';
import { TasksService } from '@renkei/tasks';
import { HistorySeeder } from './demo/history-seeder.js';
import { InProcessGraphQL } from './demo/in-process-graphql.js';
import { StoryClock } from './demo/story-clock.js';
import { StorySeeder } from './demo/story-seeder.js';
import { StoryTimestamps } from './demo/story-timestamps.js';
import type { Persona } from './demo/story-types.js';

export const DEMO_MUNICIPALITY = '桜市 Sakura City (demo)';
export const DEMO_PASSWORD = 'sakura-demo-2026';

/** One fictional agency per sector (names as a Japanese city would have them). */
const DEMO_AGENCIES: ReadonlyArray<readonly [Sector, string]> = [
  [Sector.ADMINISTRATION, '桜市 福祉政策課 Welfare Policy Section'],
  [Sector.WELFARE, '桜市 自立相談支援機関 Independence Support Office'],
  [Sector.HOUSING, '桜市 居住支援法人 Sakura Housing Support'],
  [Sector.HEALTH, '桜市 保健センター Health Centre'],
  [Sector.LEGAL, '法テラス桜 Legal Support Centre'],
  [Sector.EDUCATION, '桜市教育委員会 School Social Work'],
  [Sector.EMPLOYMENT, 'ハローワーク桜 Employment Office'],
  [Sector.CHILD_FAMILY, '桜市 子ども家庭センター Child and Family Centre'],
  [Sector.ELDERLY_CARE, '桜 地域包括支援センター Community Care Centre'],
  [Sector.DISABILITY, '桜市 基幹相談支援センター Disability Support Centre'],
  [Sector.COMMUNITY, '桜市 社会福祉協議会 Council of Social Welfare'],
];

/** A user per role (and a second caseworker, to show what consent changes). */
export const DEMO_USERS: ReadonlyArray<{ email: string; displayName: string; sector: Sector; roles: Role[] }> = [
  { email: 'admin@sakura.example', displayName: '管理 花子 (admin)', sector: Sector.ADMINISTRATION, roles: [Role.ADMIN] },
  { email: 'coordinator@sakura.example', displayName: '調整 太郎 (coordinator)', sector: Sector.WELFARE, roles: [Role.COORDINATOR] },
  { email: 'housing@sakura.example', displayName: '住まい 次郎 (housing caseworker)', sector: Sector.HOUSING, roles: [Role.CASEWORKER] },
  { email: 'health@sakura.example', displayName: '保健 三奈 (health caseworker)', sector: Sector.HEALTH, roles: [Role.CASEWORKER] },
  { email: 'auditor@sakura.example', displayName: '監査 四郎 (auditor)', sector: Sector.ADMINISTRATION, roles: [Role.AUDITOR] },
];

/**
 * Seeds the fictional municipality once, with a story of cases, consents, summaries,
 * meetings and tasks (apps/api/src/demo) for every screen to show, after this 年度's history
 * for the indicators to count; later starts find it and do nothing.
 */
@Injectable()
export class DemoData {
  private readonly logger = new Logger(DemoData.name);

  constructor(
    private readonly tx: Transactions,
    private readonly agencies: AgenciesService,
    private readonly users: UsersService,
    private readonly cases: CasesService,
    private readonly summaries: SummariesService,
    private readonly tasks: TasksService,
    private readonly clock: Clock,
    private readonly schemaHost: GraphQLSchemaHost,
  ) {}

  async seed(): Promise<void> {
    if (await this.agencies.findMunicipalityByName(DEMO_MUNICIPALITY)) return;
    const started = performance.now();
    await this.tx.run(async () => {
      const municipality = await this.agencies.provisionMunicipality(DEMO_MUNICIPALITY);
      const agencyIds = new Map<Sector, string>();
      for (const [sector, name] of DEMO_AGENCIES) {
        agencyIds.set(sector, (await this.agencies.provisionAgency(municipality.id, name, sector)).id);
      }
      for (const user of DEMO_USERS) {
        const agencyId = agencyIds.get(user.sector);
        if (!agencyId) throw new Error(`No demo agency for ${user.sector}`);
        await this.users.provision({ email: user.email, displayName: user.displayName, password: DEMO_PASSWORD, agencyId, roles: user.roles }, municipality.id);
      }
      await this.tellStory(municipality.id, agencyIds);
    });
    this.logger.log(`Seeded demo data in ${Math.round(performance.now() - started)} ms: ${DEMO_MUNICIPALITY}, logins ${DEMO_USERS.map((u) => u.email).join(', ')} (password ${DEMO_PASSWORD})`);
  }

  // The story's actors are the demo users, as a session would carry them after signing in.
  private async tellStory(municipalityId: string, agencyIds: ReadonlyMap<Sector, string>): Promise<void> {
    const users = await this.tx.manager.find(UserEntity, { where: { municipalityId }, relations: { agency: true } });
    const actor = (persona: Persona): Actor => {
      const user = users.find((u) => u.email === `${persona}@sakura.example`);
      if (!user) throw new Error(`No demo user ${persona}`);
      return actorOf(user);
    };
    const actors = { coordinator: actor('coordinator'), housing: actor('housing'), health: actor('health') };
    const api = new InProcessGraphQL(() => this.schemaHost.schema);
    const clock = this.clock;
    if (!(clock instanceof StoryClock)) throw new Error('The demo tells its history on the story clock (ClockModule with demo data on)');
    const stage = { clock, cases: this.cases, summaries: this.summaries, tasks: this.tasks, api, actors, agencyIds };
    const story = new StorySeeder(stage);
    // The year so far first, the clock set back for each step; then the present.
    await StoryTimestamps.during(clock, this.tx.manager, () => new HistorySeeder(stage, clock, story).tell());
    await story.seed();
  }
}
