import type { Actor } from '@renkei/access';
import type { RequestLoaders } from '@renkei/graphql';
import type { FieldViolation } from '@renkei/kernel';
import type DataLoader from 'dataloader';
import type { ResourceModel } from './resource.model.js';
import type { ResourcesService } from './resources.service.js';

/**
 * The operation's loader of resources by id, as the caller may read them (the tenant's): what
 * the other contexts link to a resource (referrals, host support, activities) is resolved in
 * one query per operation, and a resource already at hand is primed instead of looked up.
 */
export function resourceLoader(loaders: RequestLoaders, resources: ResourcesService, actor: Actor): DataLoader<string, ResourceModel | null> {
  return loaders.get('resources.byId', (ids) => resources.byIds(actor, ids));
}

/** Violations for each id that names no resource of the caller's municipality (`field`, or `field.i` for a list). */
export async function unknownResourceViolations(resources: ResourcesService, actor: Actor, field: string, ids: readonly string[], listed = false): Promise<FieldViolation[]> {
  const found = await resources.byIds(actor, ids);
  return ids.flatMap((id, i) => (found.has(id) ? [] : [{ field: listed ? `${field}.${i}` : field, message: '社会資源が見つかりません' }]));
}
