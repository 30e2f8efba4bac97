import type { Role, Sector } from '@renkei/kernel';

/** The authenticated person behind a request, with the facts every policy starts from. */
export interface Actor {
  readonly userId: string;
  readonly municipalityId: string; // the tenant
  readonly agencyId: string;
  readonly sector: Sector;
  readonly roles: readonly Role[];
}

/** What the GraphQL context carries for the access layer, on HTTP and WebSocket alike. */
export interface AccessContext {
  actor: Actor | null;
}
