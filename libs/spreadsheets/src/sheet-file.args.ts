import { ArgsType, Field } from '@nestjs/graphql';
import { IsEnum, IsOptional } from 'class-validator';
import { CsvEncoding } from './csv-encoding.js';
import { SpreadsheetFormat } from './sheet.js';

/** How a list or a table is saved: the arguments every file query takes. The encoding applies to CSV only. */
@ArgsType()
export class SheetFileArgs {
  @Field(() => SpreadsheetFormat)
  @IsEnum(SpreadsheetFormat)
  format!: SpreadsheetFormat;

  @Field(() => CsvEncoding, { nullable: true, description: 'CSV only: UTF8 (with a BOM, the default) or SHIFT_JIS; ignored for XLSX.' })
  @IsOptional()
  @IsEnum(CsvEncoding)
  encoding?: CsvEncoding | null;
}
