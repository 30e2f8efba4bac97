import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { CheckPolicies, CurrentActor, type Actor, ThroughTheDoor } from '@renkei/access';
import { type Connection, Expensive } from '@renkei/graphql';
import { AuditChainReportModel, AuditEventConnection, AuditEventModel, ProvisionRecordModel } from './audit-event.model.js';
import { AuditService } from './audit.service.js';
import { AuditEventsArgs } from './dto/audit-events.args.js';
import { ProvisionRecordsOfPersonArgs } from './dto/provision-records-of-person.args.js';

@Resolver()
@CheckPolicies((ability) => ability.can('read', 'AuditTrail'))
export class AuditResolver {
  constructor(private readonly service: AuditService) {}

  @ThroughTheDoor('Query.auditEvents')
  @Expensive()
  @Query(() => AuditEventConnection, { description: 'AUDITOR, ADMIN: the municipality’s audit trail, newest first.' })
  auditEvents(@CurrentActor() actor: Actor, @Args() args: AuditEventsArgs): Promise<Connection<AuditEventModel>> {
    return this.service.events(actor, args);
  }

  @ThroughTheDoor('Query.provisionRecords')
  @Expensive()
  @Query(() => [ProvisionRecordModel], { description: 'AUDITOR, ADMIN: who received which categories of the case’s data, when and on which basis (提供記録).' })
  provisionRecords(@CurrentActor() actor: Actor, @Args('caseId', { type: () => ID }) caseId: string): Promise<ProvisionRecordModel[]> {
    return this.service.provisionRecords(actor, caseId);
  }

  @ThroughTheDoor('Query.provisionRecordsOfPerson')
  @Expensive()
  @Query(() => [ProvisionRecordModel], {
    description:
      'AUDITOR, ADMIN: the 提供記録 of a person across their cases (an earlier closed case, a new intake): the cases whose subject reads fullNameKana ' +
      '(and was born on birthDate, when given), oldest case first, each case’s records oldest first.',
  })
  provisionRecordsOfPerson(@CurrentActor() actor: Actor, @Args() args: ProvisionRecordsOfPersonArgs): Promise<ProvisionRecordModel[]> {
    return this.service.provisionRecordsOfPerson(actor, args);
  }

  @Expensive(10)
  @Query(() => AuditChainReportModel, { description: 'AUDITOR, ADMIN: recomputes the hash chain of the municipality’s trail.' })
  verifyAuditChain(@CurrentActor() actor: Actor): Promise<AuditChainReportModel> {
    return this.service.verifyChain(actor);
  }
}
