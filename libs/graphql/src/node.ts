import { Field, ID, InterfaceType, TypeMetadataStorage } from '@nestjs/graphql';

/**
 * Relay's `Node`: an object a client can fetch again by its id alone (`node(id:)`), which
 * normalising caches use to refetch and to key what they hold. Ids are UUIDs, unique across
 * the types that implement it.
 */
@InterfaceType('Node', {
  description: 'An object that can be fetched again by its id alone with `node(id:)` (Relay’s object identification), under the same access rules as its typed lookup.',
  resolveType: (value: object) => TypeMetadataStorage.getObjectTypesMetadata().find((meta) => meta.target === value.constructor)?.name,
})
export abstract class Node {
  @Field(() => ID, { description: 'Globally unique: no two objects of any type share it.' })
  id!: string;
}
