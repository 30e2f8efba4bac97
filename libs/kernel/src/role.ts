/** What a user may do in the platform. A user holds one or more roles. */
export enum Role {
  ADMIN = 'ADMIN',
  COORDINATOR = 'COORDINATOR',
  CASEWORKER = 'CASEWORKER',
  AUDITOR = 'AUDITOR',
}
