import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { CsvEncoding } from '@renkei/spreadsheets';
import { IsBase64, IsBoolean, IsEnum, IsOptional, MaxLength } from 'class-validator';

/** The largest file the import reads: 5 MB, some 10,000 resources. */
export const MAX_CSV_BYTES = 5 * 1024 * 1024;
// base64 writes 3 bytes as 4 characters.
const MAX_CSV_BASE64 = Math.ceil(MAX_CSV_BYTES / 3) * 4;

@ArgsType()
export class ImportResourcesArgs {
  @Field({ description: `The file’s bytes as base64; at most ${MAX_CSV_BYTES / 1024 / 1024} MB.` })
  @IsBase64(undefined, { message: '$property must be the file’s bytes in base64' })
  @MaxLength(MAX_CSV_BASE64, { message: `$property must be a file of at most ${MAX_CSV_BYTES / 1024 / 1024} MB` })
  csv!: string;

  @Field(() => CsvEncoding, { nullable: true, description: 'Omitted: found from the bytes (a BOM or valid UTF-8 is UTF-8, anything else Shift_JIS).' })
  @IsOptional()
  @IsEnum(CsvEncoding)
  encoding?: CsvEncoding | null;

  @Field({ description: 'true: check the file and count what it would create and update, writing nothing.' })
  @IsBoolean()
  dryRun!: boolean;
}

@ObjectType('ResourceImportError', { description: 'What is wrong where in an imported file.' })
export class ResourceImportErrorModel {
  @Field(() => Int, { description: 'The file’s physical line; the header is line 1.' })
  line!: number;

  @Field({ description: 'The column (e.g. eligibility, schedule); empty for the whole row.' })
  field!: string;

  @Field()
  message!: string;
}

@ObjectType('ResourceImportResult', { description: 'What an import did or, with errors or in a dry run, would do: then nothing is written.' })
export class ResourceImportResultModel {
  @Field()
  dryRun!: boolean;

  @Field(() => Int, { description: 'Rows without an id: new resources.' })
  created!: number;

  @Field(() => Int, { description: 'Rows with the id of a resource of the municipality: replaced.' })
  updated!: number;

  @Field(() => [ResourceImportErrorModel], { description: 'Every error of the file, by line; any error means nothing was written.' })
  errors!: ResourceImportErrorModel[];

  @Field({ description: 'The encoding the file was read in (UTF8 or SHIFT_JIS).' })
  encoding!: string;
}
