import { registerEnumType } from '@nestjs/graphql';

/** The kinds of data an administrator gives a retention period (保存期間). */
export enum RetentionKind {
  /** 終結した事案: a case's personal content, counted from its closure. */
  CLOSED_CASES = 'CLOSED_CASES',
  /** 期限切れの同意: a consent, counted from its end (validity or revocation). */
  EXPIRED_CONSENTS = 'EXPIRED_CONSENTS',
  /**
   * アクセス記録・提供記録: the audit trail's entries, counted from when they occurred; removed
   * only as the oldest part of the chain, behind a checkpoint that keeps it verifiable.
   */
  ACCESS_LOGS = 'ACCESS_LOGS',
}
registerEnumType(RetentionKind, { name: 'RetentionKind', description: '終結した事案 / 期限切れの同意 / アクセス記録・提供記録.' });

export const RETENTION_KINDS: readonly RetentionKind[] = Object.values(RetentionKind);
