/** Whether a consent provision permits or denies (FHIR Consent.provision.type). DENY wins. */
export enum ProvisionEffect {
  PERMIT = 'PERMIT',
  DENY = 'DENY',
}
