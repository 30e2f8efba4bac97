import { registerEnumType } from '@nestjs/graphql';

/** What kind of support a host site (受入先) was given. */
export enum HostSupportKind {
  /** 相談対応 */
  CONSULTATION = 'CONSULTATION',
  /** 訪問 */
  VISIT = 'VISIT',
  /** 研修・説明 */
  TRAINING = 'TRAINING',
  /** 調整 */
  COORDINATION = 'COORDINATION',
  /** その他 */
  OTHER = 'OTHER',
}
registerEnumType(HostSupportKind, { name: 'HostSupportKind', description: '相談対応 / 訪問 / 研修・説明 / 調整 / その他.' });
