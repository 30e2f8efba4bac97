import { ArgsType, Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, Max, Min } from 'class-validator';

@ObjectType('Municipality', { description: 'The municipality (the tenant) and its settings.' })
export class MunicipalityModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => Int, { description: 'Days after a 支援会議 ends during which its members may still read the cases on its agenda.' })
  supportMeetingAccessDays!: number;
}

@ArgsType()
export class MunicipalitySettingsArgs {
  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(365)
  supportMeetingAccessDays!: number;
}
