import { registerEnumType } from '@nestjs/graphql';

/** What kind of community-building (地域づくり) activity was held. */
export enum CommunityActivityKind {
  /** 居場所づくり */
  GATHERING_PLACE = 'GATHERING_PLACE',
  /** 交流会・サロン */
  EXCHANGE = 'EXCHANGE',
  /** 学習会・講座 */
  LEARNING = 'LEARNING',
  /** ボランティア活動 */
  VOLUNTEER = 'VOLUNTEER',
  /** 地域の話し合い・協議の場 */
  NETWORK_MEETING = 'NETWORK_MEETING',
  /** 啓発・イベント */
  AWARENESS = 'AWARENESS',
  /** その他 */
  OTHER = 'OTHER',
}
registerEnumType(CommunityActivityKind, {
  name: 'CommunityActivityKind',
  description: '居場所づくり / 交流会・サロン / 学習会・講座 / ボランティア活動 / 地域の話し合い・協議の場 / 啓発・イベント / その他.',
});
