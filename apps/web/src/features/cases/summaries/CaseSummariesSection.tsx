/** Each team agency's summary of the case, with the basis of every section, and the caller's own editor. */
export function CaseSummariesSection(_props: { caseId: string }) {
  return null;
}
