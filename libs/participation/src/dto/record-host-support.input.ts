import { Field, InputType } from '@nestjs/graphql';
import { IdField, LocalDateScalar, TextField } from '@renkei/graphql';
import { IsBoolean, IsEnum, IsString } from 'class-validator';
import { HostSupportKind } from '../host-support-kind.js';

export const MAX_HOST_SUPPORT_NOTE = 2000;

@InputType({ description: 'Support given to a host site (受入先): about the host, no names of residents.' })
export class RecordHostSupportInput {
  @IdField()
  resourceId!: string;

  @Field(() => HostSupportKind)
  @IsEnum(HostSupportKind)
  kind!: HostSupportKind;

  @Field(() => LocalDateScalar, { description: 'Not in the future (Japan time).' })
  @IsString()
  supportedOn!: string;

  @TextField(MAX_HOST_SUPPORT_NOTE, '1 to 2000 characters.')
  note!: string;

  @Field({ description: 'The host still needs help: listed by hostsNeedingSupport until resolved.' })
  @IsBoolean()
  needsFollowUp!: boolean;
}
