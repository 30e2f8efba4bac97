import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { AppConfig } from '@renkei/config';
import { DomainError } from '@renkei/kernel';
import { access } from 'node:fs/promises';
import { join } from 'node:path';
import pdfmake from 'pdfmake';
import type { OfficeDocument } from './office-document.js';
import { DOCUMENT_FONT, toPdfDefinition } from './pdf-definition.js';

// Noto Sans CJK comes as collections (TTC): a face is chosen by its PostScript name.
const FACES = {
  normal: { file: 'NotoSansCJK-Regular.ttc', face: 'NotoSansCJKjp-Regular' },
  bold: { file: 'NotoSansCJK-Bold.ttc', face: 'NotoSansCJKjp-Bold' },
} as const;

/** Writes office documents as PDF (A4, the Japanese font embedded) with pdfmake. */
@Injectable()
export class PdfRenderer implements OnModuleInit {
  private readonly logger = new Logger(PdfRenderer.name);
  private readonly normal: string;
  private readonly bold: string;

  constructor(config: AppConfig) {
    this.normal = join(config.documents.fontDir, FACES.normal.file);
    this.bold = join(config.documents.fontDir, FACES.bold.file);
    // A definition names no files or URLs of its own: the font is the only thing read.
    pdfmake.setUrlAccessPolicy(() => false);
    pdfmake.setLocalAccessPolicy((path) => path === this.normal || path === this.bold);
  }

  /** Tells the operator at start-up, not at the first download, that documents cannot be written. */
  async onModuleInit(): Promise<void> {
    if (!(await this.fontPresent())) this.logger.warn(this.missing());
  }

  async render(document: OfficeDocument): Promise<Buffer> {
    await this.requireFont();
    // The fonts are set on each call: pdfmake keeps them globally, and they are read when the document is created.
    pdfmake.setFonts({ [DOCUMENT_FONT]: { normal: this.face(this.normal, FACES.normal.face), bold: this.face(this.bold, FACES.bold.face) } });
    return pdfmake.createPdf(toPdfDefinition(document)).getBuffer();
  }

  // pdfmake passes [file, face] on to PDFKit, which picks the face out of the collection; its typings know only a file.
  private face(file: string, face: string): string {
    return [file, face] as unknown as string;
  }

  private async requireFont(): Promise<void> {
    if (await this.fontPresent()) return;
    // An operator's matter, not the reader's: the log names the files, the answer the setting.
    this.logger.error(this.missing());
    throw DomainError.conflict('PDFの日本語フォントがサーバーにありません。管理者に連絡してください（DOCUMENT_FONT_DIR）。');
  }

  private async fontPresent(): Promise<boolean> {
    return Promise.all([access(this.normal), access(this.bold)]).then(
      () => true,
      () => false,
    );
  }

  private missing(): string {
    return `The documents' Japanese font is missing: ${this.normal}, ${this.bold} (set DOCUMENT_FONT_DIR, or install fonts-noto-cjk)`;
  }
}
