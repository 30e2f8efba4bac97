import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Sector } from '@renkei/kernel';

@ObjectType('Agency', { description: 'A body taking part in the municipality’s support system.' })
export class AgencyModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => Sector)
  sector!: Sector;

  @Field()
  createdAt!: Date;
}
