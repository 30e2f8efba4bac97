/** What shared information may be used for; consent names one or more. */
export enum Purpose {
  CASE_COORDINATION = 'CASE_COORDINATION', // 支援の調整
  CONFERENCE = 'CONFERENCE', // 会議での共有
  REFERRAL = 'REFERRAL', // 他機関へのつなぎ
}
