import { createValidationPipe } from '@renkei/graphql';
import { DomainError, type FieldViolation } from '@renkei/kernel';
import { ResourceInput } from './dto/resource.input.js';

const pipe = createValidationPipe();

/**
 * A resource input as the API takes it (trimmed, blanks as null), or its violations named
 * by field (`schedules.0.closesAt`): the very validation of the GraphQL arguments, for rows
 * that do not come through them (the CSV import).
 */
export async function checkResourceInput(plain: object): Promise<{ input: ResourceInput; violations: readonly FieldViolation[] }> {
  try {
    return { input: (await pipe.transform(plain, { type: 'body', metatype: ResourceInput })) as ResourceInput, violations: [] };
  } catch (error) {
    if (error instanceof DomainError && error.kind === 'BAD_USER_INPUT') return { input: plain as ResourceInput, violations: error.violations };
    throw error;
  }
}
