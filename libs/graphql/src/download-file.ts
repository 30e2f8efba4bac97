import { Field, ObjectType } from '@nestjs/graphql';

/**
 * A file to save (a PDF, a spreadsheet). Files travel inside GraphQL as base64 so that they pass
 * the same door, limits and audit as every other read, with no second, unguarded HTTP route.
 */
@ObjectType({ description: 'A file to save: its name, media type and bytes as base64.' })
export class DownloadFile {
  @Field({ description: 'The name to save it under (Japanese, with its extension).' })
  readonly filename!: string;

  @Field({ description: 'The media type, e.g. application/pdf.' })
  readonly contentType!: string;

  @Field({ description: 'The bytes, base64-encoded.' })
  readonly base64!: string;
}

export function downloadFile(filename: string, contentType: string, bytes: Uint8Array): DownloadFile {
  return { filename, contentType, base64: Buffer.from(bytes).toString('base64') };
}
