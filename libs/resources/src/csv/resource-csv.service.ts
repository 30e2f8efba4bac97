import { Injectable } from '@nestjs/common';
import type { Actor } from '@renkei/access';
import { DomainError } from '@renkei/kernel';
import { CsvEncoding, decodeCsv, encodeCsv, UndecodableCsv, type DecodedCsv } from '@renkei/spreadsheets';
import { ResourcesService } from '../resources.service.js';
import { columnError, inFileOrder, readResourceCsv, type CsvRowError } from './resource-csv-read.js';
import { writeResourceCsv } from './resource-csv-write.js';
import type { ImportResourcesArgs, ResourceImportResultModel } from './resource-import.model.js';

/**
 * Import and export of the directory as HSDS-shaped CSV. The rows are written by the
 * directory itself (ResourcesService.upsertMany: its rules, one transaction, one audit
 * entry), so a file is all or nothing.
 */
@Injectable()
export class ResourceCsv {
  constructor(private readonly resources: ResourcesService) {}

  async import(actor: Actor, { csv, encoding, dryRun }: ImportResourcesArgs): Promise<ResourceImportResultModel> {
    const decoded = decoding('csv', () => decodeCsv(Buffer.from(csv, 'base64'), encoding));
    const { rows, errors: unread } = readResourceCsv(decoded.text);
    // A file with an unreadable cell is still checked row by row, so all of its errors come back at once; nothing is written.
    const result = await this.resources.upsertMany(actor, rows, { dryRun: dryRun || unread.length > 0 });
    const reported = new Set(unread.map(at));
    const errors = [...unread, ...result.errors.map(columnError).filter((e) => !reported.has(at(e)))].sort(inFileOrder);
    return { dryRun, created: result.created, updated: result.updated, errors, encoding: decoded.encoding };
  }

  /** The whole directory, suspended resources included, as the file's bytes in base64. */
  async export(actor: Actor, encoding: CsvEncoding): Promise<string> {
    const text = writeResourceCsv(await this.resources.directory(actor));
    return decoding('encoding', () => encodeCsv(text, encoding)).toString('base64');
  }
}

const at = (error: CsvRowError): string => `${error.line}:${error.field}`;

/** A file (or an export) that is not text in the encoding is the caller's argument at fault. */
function decoding<T extends DecodedCsv | Buffer>(argument: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof UndecodableCsv) throw DomainError.badInput([{ field: argument, message: error.message }]);
    throw error;
  }
}
