/** The person's consents: list, record, revoke. */
export function ConsentsSection(_props: { caseId: string }) {
  return null;
}
