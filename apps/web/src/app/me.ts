import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import type { MeQuery } from '../gql/graphql';

export const ME = graphql(`
  query Me {
    me {
      id
      displayName
      email
      roles
      agency {
        id
        name
        sector
      }
    }
    municipality {
      id
      name
    }
  }
`);

export type Me = MeQuery['me'];
export type Role = Me['roles'][number];

/** The signed-in user, their agency and municipality: every page's header reads this once. */
export function useMe() {
  return useQuery(ME);
}

export function hasRole(me: Pick<Me, 'roles'> | undefined, ...roles: Role[]): boolean {
  return !!me && me.roles.some((role) => roles.includes(role));
}

/** Where a user starts: case work for caseworkers and coordinators, else their own desk. */
export function homeFor(roles: readonly Role[]): '/' | '/admin' | '/audit' {
  if (roles.includes('CASEWORKER') || roles.includes('COORDINATOR')) return '/';
  if (roles.includes('ADMIN')) return '/admin';
  return '/audit';
}
