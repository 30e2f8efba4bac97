import { ArgsType, Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

@ObjectType('Municipality', { description: 'The municipality (the tenant) and its settings.' })
export class MunicipalityModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => Int, { description: 'Days after a 支援会議 ends during which its members may still read the cases on its agenda.' })
  supportMeetingAccessDays!: number;

  @Field(() => Int, { description: 'Hours an emergency access declaration (緊急時の閲覧) lasts unless ended early.' })
  emergencyAccessHours!: number;

  @Field(() => Int, { description: 'Hours after its declaration by which an emergency access is to be reviewed; later it is listed as overdue.' })
  emergencyReviewDueHours!: number;

  @Field(() => Int, { description: 'How many emergency access declarations one user may make in 24 hours.' })
  emergencyDeclarationsPerDay!: number;
}

/** The settings to change; those left out keep their values. */
@ArgsType()
export class MunicipalitySettingsArgs {
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(365)
  supportMeetingAccessDays?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(72)
  emergencyAccessHours?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(720)
  emergencyReviewDueHours?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(50)
  emergencyDeclarationsPerDay?: number;
}
