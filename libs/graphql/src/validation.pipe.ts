import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { DomainError, type FieldViolation } from '@renkei/kernel';

/**
 * Validates every resolver argument against its class-validator rules. Unknown properties
 * are refused (GraphQL already refuses unknown input fields; this also covers plain objects).
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidNonWhitelisted: true,
    stopAtFirstError: true,
    exceptionFactory: (errors) => DomainError.badInput(errors.flatMap((e) => violationsOf(e, ''))),
  });
}

function violationsOf(error: ValidationError, parent: string): FieldViolation[] {
  const field = parent ? `${parent}.${error.property}` : error.property;
  const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
  return [...own, ...(error.children ?? []).flatMap((child) => violationsOf(child, field))];
}
