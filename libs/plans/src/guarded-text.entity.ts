import { DataCategory } from '@renkei/kernel';
import { Column, PrimaryColumn } from 'typeorm';

/**
 * The columns every guarded text shares, whatever owns it: where it sits in its owner and
 * whose category it is. Mapped so the schema holds the tables; read and written only through
 * GuardedTexts, which decides their visibility in SQL.
 */
export abstract class GuardedTextColumns {
  @PrimaryColumn({ type: 'varchar', length: 100 })
  path!: string;

  @Column({ type: 'enum', enum: DataCategory, enumName: 'data_category' })
  category!: DataCategory;

  @Column({ type: 'text' })
  body!: string;
}
