import { CommunityActivityKind as A } from '@renkei/community';
import { HostSupportKind as H } from '@renkei/participation';
import type { Persona } from './story-types.js';

/*
 * 受入先への支援 and 地域づくり in 桜市 over the last months: the support the coordinator and the
 * caseworkers gave the hosts people are referred to, and the community-building activities
 * the coordinator recorded. Places, bodies and events are invented; no resident is named.
 */

/** A note of support given to a host (a resource of the directory, by name). */
export interface StoryHostSupport {
  readonly resource: string;
  readonly by: Persona;
  readonly kind: H;
  readonly daysAgo: number;
  readonly note: string;
  readonly needsFollowUp: boolean;
  /** Set: the need was later marked dealt with. */
  readonly resolved?: boolean;
}

/** A community-building activity as the coordinator records it (CommunityActivityInput, resources by name). */
export interface StoryCommunityActivity {
  readonly daysAgo: number;
  readonly place: string;
  readonly kind: A;
  readonly participantCount: number;
  readonly bodies: readonly string[];
  readonly resources: readonly string[];
  readonly note: string;
}

export const DEMO_HOST_SUPPORT: readonly StoryHostSupport[] = [
  { resource: 'オレンジカフェ きたまち', by: 'coordinator', kind: H.VISIT, daysAgo: 40, note: '運営ボランティアと顔合わせ。新しく来る人の迎え方を一緒に確認した。', needsFollowUp: false },
  { resource: 'オレンジカフェ きたまち', by: 'housing', kind: H.CONSULTATION, daysAgo: 6, note: '初めての参加者が続き、ボランティアの手が足りないと相談あり。応援の人手を探す。', needsFollowUp: true },
  { resource: 'いきいき百歳体操 ひがし', by: 'coordinator', kind: H.TRAINING, daysAgo: 25, note: '世話役向けに、体調の変化に気づいたときの連絡先を説明した。', needsFollowUp: false },
  { resource: '就労体験 さくらベーカリー', by: 'coordinator', kind: H.COORDINATION, daysAgo: 18, note: '受入れの曜日と時間帯を店長と調整。繁忙期は火曜のみとする。', needsFollowUp: true, resolved: true },
  { resource: 'ひきこもり家族会 こもれび', by: 'health', kind: H.CONSULTATION, daysAgo: 3, note: '会場の公民館が改修で使えなくなる。代わりの会場探しを手伝ってほしいとの相談。', needsFollowUp: true },
];

export const DEMO_COMMUNITY_ACTIVITIES: readonly StoryCommunityActivity[] = [
  { daysAgo: 150, place: '北公民館', kind: A.NETWORK_MEETING, participantCount: 18, bodies: ['北地区民生委員協議会', '北町自治会', '桜 地域包括支援センター'], resources: [], note: '北地区の支え合い会議。見守りの空白地帯を地図で確かめた。' },
  { daysAgo: 120, place: '本町会館', kind: A.GATHERING_PLACE, participantCount: 26, bodies: ['NPO法人 さくらの輪', '本町商店会'], resources: ['子ども食堂 ひまわり'], note: '子ども食堂の場を昼の居場所にも広げる試み。' },
  { daysAgo: 96, place: '南コミュニティセンター', kind: A.LEARNING, participantCount: 34, bodies: ['桜市社会福祉協議会', 'ひとり親家庭の会 さくら'], resources: [], note: '家計と制度の学習会。託児つき。' },
  { daysAgo: 70, place: '北公民館', kind: A.EXCHANGE, participantCount: 22, bodies: ['北地区民生委員協議会', '北町婦人会'], resources: ['オレンジカフェ きたまち', '手芸サロン ちくちく'], note: '認知症カフェと手芸サロンの合同交流会。' },
  { daysAgo: 55, place: '東町市民農園', kind: A.VOLUNTEER, participantCount: 15, bodies: ['つちのこ農園クラブ', '東町自治会'], resources: ['みんなの畑 つちのこ'], note: '畑の手入れと収穫。初めてのボランティアが5人。' },
  { daysAgo: 33, place: '桜駅前広場', kind: A.AWARENESS, participantCount: 210, bodies: ['桜市社会福祉協議会', '桜市国際交流協会', 'NPO法人 さくらの輪'], resources: [], note: '地域福祉フェスタ。相談窓口の案内を配った。' },
  { daysAgo: 14, place: '西公民館', kind: A.EXCHANGE, participantCount: 19, bodies: ['桜市国際交流協会', '西町自治会'], resources: ['国際交流サロン ハロー'], note: '外国人住民と日本人住民の交流サロン。' },
  { daysAgo: 4, place: '本町会館', kind: A.NETWORK_MEETING, participantCount: 12, bodies: ['本町商店会', '桜 地域包括支援センター', '中央地区民生委員協議会'], resources: [], note: '空き店舗を居場所に使う話し合い。次回までに候補を持ち寄る。' },
];
