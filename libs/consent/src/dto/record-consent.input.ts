import { Field, ID, InputType } from '@nestjs/graphql';
import { IdField, IsDateInRange, Trim } from '@renkei/graphql';
import { ConsentMethod, DataCategory, ProvisionEffect, Purpose, Sector } from '@renkei/kernel';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsBoolean, IsEnum, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';

@InputType()
export class ConsentProvisionInput {
  @Field(() => ProvisionEffect)
  @IsEnum(ProvisionEffect)
  effect!: ProvisionEffect;

  @Field(() => [ID], { defaultValue: [], description: 'Recipient agencies, by id. With recipientSectors: at least one recipient.' })
  @ArrayUnique()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  recipientAgencyIds: string[] = [];

  @Field(() => [Sector], { defaultValue: [], description: 'Recipient agencies, by the sector they work in.' })
  @ArrayUnique()
  @IsEnum(Sector, { each: true })
  recipientSectors: Sector[] = [];

  @Field(() => Boolean, { defaultValue: false, description: 'The coordinating body (多機関協働事業者) is a recipient: its COORDINATOR users.' })
  @IsBoolean()
  toCoordinatingBody = false;

  @Field(() => [DataCategory])
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsEnum(DataCategory, { each: true })
  dataCategories!: DataCategory[];

  @Field(() => [Purpose])
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsEnum(Purpose, { each: true })
  purposes!: Purpose[];
}

@InputType()
export class RecordConsentInput {
  @IdField()
  caseId!: string;

  @Field(() => ConsentMethod)
  @IsEnum(ConsentMethod)
  method!: ConsentMethod;

  @Field(() => [ID], {
    defaultValue: [],
    description:
      'Whose data the consent covers (APPI art. 27: the provider’s consent). A caseworker records consent for their own agency’s data (empty: their agency); ' +
      'a COORDINATOR may leave it empty for the common consent form, which covers every team agency’s data.',
  })
  @ArrayUnique()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  providerAgencyIds: string[] = [];

  @Field({ description: 'When the person gave it; not in the future.' })
  @IsDateInRange()
  obtainedAt!: Date;

  @Field()
  @IsDateInRange()
  validFrom!: Date;

  @Field(() => Date, { nullable: true, description: 'Null: until revoked.' })
  @IsOptional()
  @IsDateInRange()
  validUntil?: Date | null;

  @Field(() => String, { defaultValue: '', description: 'Where the evidence is (書面の保管場所, 記録番号 …).' })
  @Trim()
  @IsString()
  @MaxLength(2000)
  evidenceNote = '';

  @Field(() => [ConsentProvisionInput])
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => ConsentProvisionInput)
  provisions!: ConsentProvisionInput[];
}
