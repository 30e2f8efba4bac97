import { graphql } from '../../gql';

export const RETENTION_POLICIES = graphql(`
  query RetentionPolicies {
    retentionPolicies {
      kind
      days
      updatedAt
    }
  }
`);

export const SET_RETENTION_PERIOD = graphql(`
  mutation SetRetentionPeriod($kind: RetentionKind!, $days: Int) {
    setRetentionPeriod(kind: $kind, days: $days) {
      kind
      days
      updatedAt
    }
  }
`);

export const RETENTION_REPORT = graphql(`
  query RetentionReport {
    retentionReport {
      kind
      days
      cutoff
      count
      oldestEndedAt
    }
  }
`);

export const APPLY_RETENTION = graphql(`
  mutation ApplyRetention {
    applyRetention {
      kind
      count
    }
  }
`);
