import { type DataCategory, DomainError } from '@renkei/kernel';
import { ConferenceRequestKind, ConferenceRequestStatus } from './conference-request-enums.js';

/** What the addressed agency answers to a request. */
export interface RequestAnswerInput {
  readonly accept: boolean;
  readonly reason?: string | null;
  readonly categories?: readonly DataCategory[] | null;
}

/** The answer as recorded on the request. */
export interface RecordedAnswer {
  readonly status: ConferenceRequestStatus.ACCEPTED | ConferenceRequestStatus.DECLINED;
  readonly reason: string | null;
  readonly sharedCategories: DataCategory[];
}

/**
 * The answer rules: a decline gives its reason and shares nothing; accepting an information
 * request shares the requested sections named (all of them when none are named), never others.
 */
export function recordedAnswer(request: { readonly kind: ConferenceRequestKind; readonly categories: readonly DataCategory[] }, answer: RequestAnswerInput): RecordedAnswer {
  if (!answer.accept) {
    if (!answer.reason) throw DomainError.badInput([{ field: 'reason', message: 'is required to decline' }]);
    return { status: ConferenceRequestStatus.DECLINED, reason: answer.reason, sharedCategories: [] };
  }
  if (request.kind === ConferenceRequestKind.ATTENDANCE) {
    if (answer.categories?.length) throw DomainError.badInput([{ field: 'categories', message: 'are shared only in answer to a request for information' }]);
    return { status: ConferenceRequestStatus.ACCEPTED, reason: null, sharedCategories: [] };
  }
  const shared = answer.categories ?? request.categories;
  const unrequested = shared.filter((category) => !request.categories.includes(category));
  if (unrequested.length > 0) throw DomainError.badInput([{ field: 'categories', message: `were not requested: ${unrequested.join(', ')}` }]);
  return { status: ConferenceRequestStatus.ACCEPTED, reason: null, sharedCategories: [...shared] };
}
