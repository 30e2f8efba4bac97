import { ReferralEndReason, ReferralStatus } from '@renkei/participation';
import type { CaseKey, Persona } from './story-types.js';

/** A referral of a case's person to a resource of the directory (by its name), and the steps it went through. */
export interface StoryReferral {
  case: CaseKey;
  /** A caseworker of an agency on the case's team: the referring agency. */
  by: Exclude<Persona, 'coordinator'>;
  resource: string;
  note: string;
  sharedWithHost?: string;
  followUpInDays?: number;
  hostFollowUpInDays?: number;
  steps: { to: ReferralStatus; note?: string; endReason?: ReferralEndReason; sharedWithHost?: string }[];
}

/** 参加支援のつなぎ: the team's caseworkers connect the people of two cases with local resources. */
export const DEMO_REFERRALS: readonly StoryReferral[] = [
  {
    case: 'kobayashi',
    by: 'housing',
    resource: 'いきいき百歳体操 ひがし',
    note: '通院中断の後、外出がほとんどない。近所の体操なら行ってみたいと本人。',
    followUpInDays: 14,
    hostFollowUpInDays: 7,
    steps: [
      { to: ReferralStatus.AGREED, note: '本人が参加に同意。膝のことは伝えてよいとのこと。', sharedWithHost: '膝が悪く、床に座る動きが難しい。椅子での参加を希望。' },
      { to: ReferralStatus.INTRODUCED, note: '紹介票を持って老人クラブの会長に紹介。' },
      { to: ReferralStatus.STARTED, note: '初回参加。帰りに会員と立ち話をしていた。' },
    ],
  },
  {
    case: 'kobayashi',
    by: 'health',
    resource: 'ひきこもり家族会 こもれび',
    note: '長男のことを一人で抱えている。同じ立場の家族と話せる場を提案。',
    followUpInDays: 30,
    steps: [
      { to: ReferralStatus.AGREED, note: '息子には内緒で行きたいとのこと。', sharedWithHost: '初めての参加。家族のことは本人から話すまで尋ねないでほしい。' },
      { to: ReferralStatus.INTRODUCED },
      { to: ReferralStatus.STARTED, note: '第3日曜の会に参加。' },
      { to: ReferralStatus.CONTINUING, note: '3か月続けて参加。「気持ちが楽になった」と話す。' },
    ],
  },
  {
    case: 'watanabe',
    by: 'housing',
    resource: 'オレンジカフェ きたまち',
    note: '近所付き合いがなく孤立している。歌と体操のあるカフェを提案。',
    steps: [{ to: ReferralStatus.DECLINED, endReason: ReferralEndReason.PERSON_WITHDREW, note: '見学後、「人が多い所は苦手」と本人が辞退。' }],
  },
  {
    case: 'watanabe',
    by: 'health',
    resource: '囲碁・将棋サロン 桜',
    note: '若い頃に将棋を指していた。少人数のサロンなら行けそうとのこと。',
    sharedWithHost: '将棋経験あり。耳が遠いので、はっきり話してほしい。',
    followUpInDays: 5,
    steps: [{ to: ReferralStatus.AGREED, note: '本人が見学に同意。' }],
  },
];
