import { graphql } from '../../gql';

// The directory's operations (社会資源). A resource is not personal data: every user of the
// municipality reads them; ADMIN and COORDINATOR maintain them.

export const RESOURCE_FIELDS = graphql(`
  fragment ResourceFields on Resource {
    id
    name
    nameKana
    organizationName
    description
    targets
    forms
    area
    address
    latitude
    longitude
    schedules {
      dayOfWeek
      opensAt
      closesAt
      note
    }
    phone
    email
    url
    cost
    accessibility
    languages
    active
    version
    updatedAt
  }
`);

export const RESOURCES = graphql(`
  query ResourceList($filter: ResourceFilter, $first: Int, $after: String) {
    resources(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          name
          nameKana
          organizationName
          area
          targets
          forms
          active
          schedules {
            dayOfWeek
            opensAt
            closesAt
          }
        }
      }
    }
  }
`);

export const RESOURCE_AREAS = graphql(`
  query ResourceAreas {
    resourceAreas
  }
`);

export const RESOURCE = graphql(`
  query ResourceDetail($id: ID!) {
    resource(id: $id) {
      ...ResourceFields
    }
  }
`);

export const CREATE_RESOURCE = graphql(`
  mutation CreateResourceForm($input: ResourceInput!) {
    createResource(input: $input) {
      ...ResourceFields
    }
  }
`);

export const UPDATE_RESOURCE = graphql(`
  mutation UpdateResourceForm($id: ID!, $input: ResourceInput!, $expectedVersion: Int!) {
    updateResource(id: $id, input: $input, expectedVersion: $expectedVersion) {
      ...ResourceFields
    }
  }
`);

export const SET_RESOURCE_ACTIVE = graphql(`
  mutation SetResourceActiveButton($id: ID!, $active: Boolean!) {
    setResourceActive(id: $id, active: $active) {
      id
      active
      version
      updatedAt
    }
  }
`);
