import { graphql } from '../../../gql';

// Support for host sites (受入先への支援). Notes are about the host, not a person: every user of
// the municipality reads them; coordinators and caseworkers record and resolve them.

export const HOST_SUPPORT_NOTE_FIELDS = graphql(`
  fragment HostSupportNoteFields on HostSupportNote {
    id
    kind
    supportedOn
    note
    needsFollowUp
    resolvedAt
    agency {
      id
      name
    }
    createdAt
  }
`);

/** Apart from the resource's own query, so the directory's page stands even if this part fails. */
export const RESOURCE_HOST_SUPPORT = graphql(`
  query ResourceHostSupport($id: ID!) {
    resource(id: $id) {
      id
      activeReferrals
      hostSupport {
        ...HostSupportNoteFields
      }
    }
  }
`);

export const RECORD_HOST_SUPPORT = graphql(`
  mutation RecordHostSupportForm($input: RecordHostSupportInput!) {
    recordHostSupport(input: $input) {
      ...HostSupportNoteFields
    }
  }
`);

export const RESOLVE_HOST_SUPPORT = graphql(`
  mutation ResolveHostSupportButton($id: ID!) {
    resolveHostSupport(id: $id) {
      id
      resolvedAt
    }
  }
`);

export const HOSTS_NEEDING_SUPPORT = graphql(`
  query HostsNeedingSupport {
    hostsNeedingSupport {
      resource {
        id
        name
        area
      }
      openNotes
      lastSupportedOn
      activeReferrals
    }
  }
`);
