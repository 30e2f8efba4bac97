import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CheckPolicies, CurrentActor, type Actor } from '@renkei/access';
import { Expensive } from '@renkei/graphql';
import { CsvEncoding } from '@renkei/spreadsheets';
import { ResourceCsv } from './resource-csv.service.js';
import { ImportResourcesArgs, ResourceImportResultModel } from './resource-import.model.js';

/** Those who maintain the directory (ADMIN, COORDINATOR) import and export it whole. */
const MAINTAINS_DIRECTORY = CheckPolicies((ability) => ability.can('create', 'Resource') && ability.can('update', 'Resource'));

@Resolver()
export class ResourcesCsvResolver {
  constructor(private readonly csv: ResourceCsv) {}

  @Expensive()
  @MAINTAINS_DIRECTORY
  @Mutation(() => ResourceImportResultModel, {
    description:
      'ADMIN and COORDINATOR: imports the directory from HSDS-shaped CSV (the columns resourcesCsv writes). All or nothing: any error, listed by line and column, and nothing is written. A row with the id of a resource of the municipality replaces it; a row without one creates one. Audited (resource.imported) unless dryRun. A file that is not text in the encoding is BAD_USER_INPUT.',
  })
  importResources(@CurrentActor() actor: Actor, @Args() args: ImportResourcesArgs): Promise<ResourceImportResultModel> {
    return this.csv.import(actor, args);
  }

  @Expensive()
  @MAINTAINS_DIRECTORY
  @Query(() => String, {
    description:
      'ADMIN and COORDINATOR: the whole directory, suspended resources included, as HSDS-shaped CSV in base64: UTF-8 with a BOM (the default) or Shift_JIS (BAD_USER_INPUT when the directory holds characters Shift_JIS cannot represent).',
  })
  resourcesCsv(@CurrentActor() actor: Actor, @Args('encoding', { type: () => CsvEncoding, nullable: true }) encoding: CsvEncoding | null): Promise<string> {
    return this.csv.export(actor, encoding ?? CsvEncoding.UTF8);
  }
}
