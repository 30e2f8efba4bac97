import { Injectable, Logger } from '@nestjs/common';
import { AgenciesService } from '@renkei/agencies';
import { Role, Sector } from '@renkei/kernel';
import { UsersService } from './users.service.js';

export interface BootstrapAdmin {
  email: string;
  password: string;
  municipalityName: string;
}

/** Accounts created at start-up rather than by an administrator. */
@Injectable()
export class IdentityProvisioning {
  private readonly logger = new Logger(IdentityProvisioning.name);

  constructor(
    private readonly agencies: AgenciesService,
    private readonly users: UsersService,
  ) {}

  /** On a database with no user at all: a municipality, its administration agency and an ADMIN. */
  async bootstrapAdmin(admin: BootstrapAdmin): Promise<boolean> {
    if ((await this.users.count()) > 0) return false;
    const municipality = await this.agencies.provisionMunicipality(admin.municipalityName);
    const agency = await this.agencies.provisionAgency(municipality.id, 'Municipal administration', Sector.ADMINISTRATION);
    await this.users.provision(
      { email: admin.email, displayName: 'Administrator', password: admin.password, agencyId: agency.id, roles: [Role.ADMIN] },
      municipality.id,
    );
    this.logger.log(`Created the bootstrap administrator ${admin.email} for ${admin.municipalityName}`);
    return true;
  }
}
