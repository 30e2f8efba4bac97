import { Catch } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import { DomainError } from '@renkei/kernel';

/**
 * Domain errors are expected outcomes, not faults: hand them to the GraphQL error edge as
 * they are, instead of letting Nest log them as unhandled exceptions.
 */
@Catch(DomainError)
export class DomainErrorFilter implements GqlExceptionFilter {
  catch(error: DomainError): DomainError {
    return error;
  }
}
