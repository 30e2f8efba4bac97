import { describe, expect, it } from '@jest/globals';
import type { Type } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import { GraphQLSchemaHost, TypeMetadataStorage } from '@nestjs/graphql';
import { personalDataRegister } from '@renkei/access';
import { useTestApp } from '@renkei/testing';
import { getNamedType, isObjectType, type GraphQLField, type GraphQLObjectType } from 'graphql';

/**
 * No side doors: walks the schema the server serves. A field that returns a type holding a
 * person's data must either be a plain field of such a type (it came with a parent that
 * passed the one door) or a resolver registered with the access layer (`@ThroughTheDoor`).
 * A new field that reaches a person some other way fails here, before any leak is found.
 */
// @nestjs/graphql's metadata keys for @Resolver(() => Type) and @ResolveField.
const RESOLVER_TYPE = 'graphql:resolver_type';
const RESOLVER_NAME = 'graphql:resolver_name';
const RESOLVE_PROPERTY = 'graphql:resolve_property';

describe('every path to a person’s data is registered with the one door', () => {
  const s = useTestApp();
  const ROOTS = new Set(['Query', 'Mutation', 'Subscription']);

  function personalTypeNames(): Set<string> {
    const { types } = personalDataRegister();
    const names = new Set(TypeMetadataStorage.getObjectTypesMetadata().flatMap((meta) => (types.has(meta.target) ? [meta.name] : [])));
    // A connection of such a type, and its edges, carry it.
    for (const name of [...names]) names.add(`${name}Connection`).add(`${name}Edge`);
    return names;
  }

  // The fields of object types that have a resolver of their own (@ResolveField), read from the
  // resolvers the application registered: the rest are plain data of their parent.
  function resolvedFields(): Set<string> {
    const fields = new Set<string>();
    for (const module of s.app.app.get(ModulesContainer).values()) {
      for (const { metatype } of module.providers.values()) {
        const parent: unknown = metatype && Reflect.getMetadata(RESOLVER_TYPE, metatype);
        if (typeof parent !== 'string' || !metatype) continue;
        // @Resolver(() => Model) names the type, or the model class before the schema is built.
        const typeName = TypeMetadataStorage.getObjectTypesMetadata().find((meta) => meta.name === parent || meta.target.name === parent)?.name ?? parent;
        // The resolver's own methods and those it inherits (abstract resolvers shared by types).
        for (let prototype = (metatype as Type<unknown>).prototype as Record<string, unknown> | null; prototype && prototype !== Object.prototype; prototype = Object.getPrototypeOf(prototype) as Record<string, unknown> | null) {
          for (const key of Object.getOwnPropertyNames(prototype)) {
            const method = prototype[key];
            if (typeof method === 'function' && Reflect.getMetadata(RESOLVE_PROPERTY, method)) fields.add(`${typeName}.${String(Reflect.getMetadata(RESOLVER_NAME, method) ?? key)}`);
          }
        }
      }
    }
    return fields;
  }

  function pathsToPersonalData(): { path: string; resolved: boolean; parentPersonal: boolean }[] {
    const schema = s.app.app.get(GraphQLSchemaHost).schema;
    const personal = personalTypeNames();
    const resolved = resolvedFields();
    const objectTypes = Object.values(schema.getTypeMap()).filter((type): type is GraphQLObjectType => isObjectType(type) && !type.name.startsWith('__'));
    // An interface that such a type implements (Node) may return it: a path all the same.
    for (const type of objectTypes) if (personal.has(type.name)) for (const iface of type.getInterfaces()) personal.add(iface.name);
    return objectTypes.flatMap((parent) =>
      Object.values(parent.getFields() as Record<string, GraphQLField<unknown, unknown>>)
        .filter((field) => personal.has(getNamedType(field.type).name))
        .map((field) => ({ path: `${parent.name}.${field.name}`, resolved: ROOTS.has(parent.name) || resolved.has(`${parent.name}.${field.name}`), parentPersonal: personal.has(parent.name) })),
    );
  }

  it('knows the types that hold a person’s data', () => {
    expect([...personalTypeNames()]).toEqual(expect.arrayContaining(['Case', 'CaseSubject', 'CaseSummary', 'Task', 'TaskEvent', 'TaskSnapshot', 'AgendaItem', 'Conference', 'ConferenceEvent', 'ProvisionRecord']));
  });

  it('every resolver returning a person’s data is registered, and every plain field carrying it hangs off such a type', () => {
    const { fields } = personalDataRegister();
    const paths = pathsToPersonalData();
    const unregistered = paths.filter((p) => p.resolved && !fields.has(p.path)).map((p) => p.path);
    const carriedByStrangers = paths.filter((p) => !p.resolved && !p.parentPersonal).map((p) => p.path);
    expect({ unregistered, carriedByStrangers }).toEqual({ unregistered: [], carriedByStrangers: [] });
  });

  it('registers nothing the schema does not serve (no stale entries)', () => {
    const served = new Set(pathsToPersonalData().map((p) => p.path));
    expect([...personalDataRegister().fields].filter((field) => !served.has(field))).toEqual([]);
  });
});
