import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { IsDateInRange, OptionalIdField, PageArgs } from '@renkei/graphql';
import { Type } from 'class-transformer';
import { IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';

@InputType()
export class AuditEventFilter {
  @OptionalIdField()
  actorId?: string;

  @OptionalIdField()
  caseId?: string;

  @Field({ nullable: true, description: 'Only entries of this action, exactly (case.opened, user.deactivated …).' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  action?: string;

  @Field({ nullable: true, description: 'From this time on (inclusive).' })
  @IsOptional()
  @IsDateInRange()
  from?: Date;

  @Field({ nullable: true, description: 'Before this time (exclusive).' })
  @IsOptional()
  @IsDateInRange()
  to?: Date;
}

@ArgsType()
export class AuditEventsArgs extends PageArgs {
  @Field(() => AuditEventFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AuditEventFilter)
  filter?: AuditEventFilter;
}
