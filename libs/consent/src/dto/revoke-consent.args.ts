import { ArgsType } from '@nestjs/graphql';
import { IdField, TextField } from '@renkei/graphql';

@ArgsType()
export class RevokeConsentArgs {
  @IdField()
  id!: string;

  @TextField(2000, 'Why (the person withdrew it, it was recorded in error …).')
  reason!: string;
}
