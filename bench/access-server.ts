// The API for the authorization on/off benchmark, built as main.ts builds it but through
// Nest's testing module so one provider can be replaced. BENCH_ACCESS=off swaps the access
// policy for one that allows everything; it exists only here, never in the server build.
import { Injectable } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import { createMongoAbility } from '@casl/ability';
import { AccessPolicy, type Actor, type AppAbility, type DataRefs, type DataVisibilitySql, type SqlCondition } from '@renkei/access';
import { AppModule, applicationOptions, configureApp } from '@renkei/api';
import { AppConfig } from '@renkei/config';

/**
 * No decisions: every rule holds, list queries get no condition, and every other agency's
 * section is shown as if consented (so the provision records written stay the same).
 */
@Injectable()
class UncheckedAccessPolicy extends AccessPolicy {
  private readonly everything = createMongoAbility([{ action: 'manage', subject: 'all' }]) as unknown as AppAbility;

  override abilityFor(): AppAbility {
    return this.everything;
  }

  override listCondition(): SqlCondition {
    return { sql: 'TRUE', params: {} };
  }

  override readableCases(): SqlCondition {
    return { sql: 'TRUE', params: {} };
  }

  override dataVisibility(actor: Actor, refs: DataRefs, _scope: unknown, prefix: string): DataVisibilitySql {
    return {
      facts: 'SELECT NULL::uuid AS consent_id',
      basis: () => `CASE WHEN ${refs.providerAgencyId} = :${prefix}reader_agency THEN 'OWN_AGENCY' ELSE 'CONSENT' END`,
      consentId: () => 'NULL::uuid',
      conferenceId: () => 'NULL::uuid',
      emergencyAccessId: () => 'NULL::uuid',
      params: { [`${prefix}reader_agency`]: actor.agencyId },
    };
  }
}

const config = AppConfig.fromEnvironment(process.env);
const builder = Test.createTestingModule({ imports: [AppModule.forRoot(config)] });
if (process.env['BENCH_ACCESS'] === 'off') builder.overrideProvider(AccessPolicy).useClass(UncheckedAccessPolicy);
const moduleRef = await builder.compile();
const app = configureApp(moduleRef.createNestApplication<NestExpressApplication>(applicationOptions(config)));
app.enableShutdownHooks(['SIGTERM']);
await app.listen(config.port, '127.0.0.1');
