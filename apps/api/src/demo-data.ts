import { Injectable, Logger } from '@nestjs/common';
import { AgenciesService } from '@renkei/agencies';
import { Transactions } from '@renkei/database';
import { UsersService } from '@renkei/identity';
import { Role, Sector } from '@renkei/kernel';

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

/** Seeds the fictional municipality once; later starts find it and do nothing. */
@Injectable()
export class DemoData {
  private readonly logger = new Logger(DemoData.name);

  constructor(
    private readonly tx: Transactions,
    private readonly agencies: AgenciesService,
    private readonly users: UsersService,
  ) {}

  async seed(): Promise<void> {
    if (await this.agencies.findMunicipalityByName(DEMO_MUNICIPALITY)) return;
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
    });
    this.logger.log(`Seeded demo data: ${DEMO_MUNICIPALITY}, logins ${DEMO_USERS.map((u) => u.email).join(', ')} (password ${DEMO_PASSWORD})`);
  }
}
