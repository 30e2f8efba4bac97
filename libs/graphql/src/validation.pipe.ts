import { type ArgumentMetadata, ValidationPipe, type ValidationError } from '@nestjs/common';
import { DomainError, type FieldViolation } from '@renkei/kernel';

// PostgreSQL text cannot hold U+0000, and a lone surrogate cannot be encoded as UTF-8 (it
// would be stored as U+FFFD): either way the input cannot be kept as given, so refuse it.
// eslint-disable-next-line no-control-regex -- matching NUL is the point
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * Validates every resolver argument against its class-validator rules, after refusing
 * text that cannot be stored as given. Unknown properties are refused (GraphQL already
 * refuses unknown input fields; this also covers plain objects).
 */
class ArgumentsPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const violations = unstorableText(value, metadata.data ?? '');
    if (violations.length > 0) throw DomainError.badInput(violations);
    return super.transform(value, metadata);
  }
}

export function createValidationPipe(): ValidationPipe {
  return new ArgumentsPipe({
    transform: true,
    whitelist: true,
    forbidNonWhitelisted: true,
    stopAtFirstError: true,
    exceptionFactory: (errors) => DomainError.badInput(errors.flatMap((e) => violationsOf(e, ''))),
  });
}

function unstorableText(value: unknown, path: string): FieldViolation[] {
  const at = (key: string | number) => (path ? `${path}.${key}` : String(key));
  if (typeof value === 'string') return UNSTORABLE.test(value) ? [{ field: path || 'value', message: 'must be valid Unicode text without NUL characters' }] : [];
  if (Array.isArray(value)) return value.flatMap((item, i) => unstorableText(item, at(i)));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => unstorableText(item, at(key)));
  return [];
}

function violationsOf(error: ValidationError, parent: string): FieldViolation[] {
  const field = parent ? `${parent}.${error.property}` : error.property;
  const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
  return [...own, ...(error.children ?? []).flatMap((child) => violationsOf(child, field))];
}
