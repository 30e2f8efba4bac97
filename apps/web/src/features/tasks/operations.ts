import { graphql } from '../../gql';

// What a card of the list shows. The case (a person's record) is read only when a task is
// opened, so that listing tasks does not read every case through the access door.
export const TASK_CARD = graphql(`
  fragment TaskCard on Task {
    id
    title
    status
    version
    dueAt
    updatedAt
    assigneeUser {
      id
      displayName
    }
    assigneeAgency {
      id
      name
    }
  }
`);

/** Every task of mine or my agency's: the status filter is applied on screen, so a task that is completed stays in the cache. */
export const MY_TASKS = graphql(`
  query MyTasks {
    myTasks {
      ...TaskCard
    }
  }
`);

export const TASK_COMMENT_FIELDS = graphql(`
  fragment TaskCommentFields on TaskComment {
    id
    authorId
    createdAt
    text
  }
`);

export const TASK_DETAIL = graphql(`
  query TaskDetail($id: ID!) {
    task(id: $id) {
      ...TaskCard
      description
      createdAt
      case {
        id
        title
      }
      comments {
        ...TaskCommentFields
      }
    }
  }
`);

/** The current state of one task, after a CONFLICT. */
export const FRESH_TASK = graphql(`
  query FreshTask($id: ID!) {
    task(id: $id) {
      ...TaskCard
    }
  }
`);

// Each event carries the task as it is now: writing it to the cache updates every card.
export const TASK_EVENT_FIELDS = graphql(`
  fragment TaskEventFields on TaskEvent {
    id
    type
    task {
      taskId
      title
      task {
        ...TaskCard
      }
    }
  }
`);

export const TASK_EVENTS = graphql(`
  subscription TaskEvents($after: String) {
    taskEvents(after: $after) {
      ...TaskEventFields
    }
  }
`);

/**
 * The events missed while the socket was away: only their ids (the count and the new cursor);
 * the list is then read again once, which is both cheaper and within the API's depth limit.
 */
export const TASK_EVENTS_SINCE = graphql(`
  query TaskEventsSince($after: String, $first: Int!) {
    taskEventsSince(after: $after, first: $first) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
        }
      }
    }
  }
`);

export const UPDATE_TASK_STATUS = graphql(`
  mutation UpdateTaskStatus($id: ID!, $status: TaskStatus!, $expectedVersion: Int!) {
    updateTaskStatus(id: $id, status: $status, expectedVersion: $expectedVersion) {
      ...TaskCard
    }
  }
`);

export const COMMENT_ON_TASK = graphql(`
  mutation CommentOnTask($id: ID!, $text: String!) {
    commentOnTask(id: $id, text: $text) {
      id
      version
      updatedAt
      comments {
        ...TaskCommentFields
      }
    }
  }
`);

export const MY_TASKS_FILE = graphql(`
  query MyTasksFile($format: SpreadsheetFormat!, $encoding: CsvEncoding, $status: [TaskStatus!]) {
    myTasksFile(format: $format, encoding: $encoding, status: $status) {
      filename
      contentType
      base64
    }
  }
`);
