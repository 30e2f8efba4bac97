export enum ConferenceRequestKind {
  ATTENDANCE = 'ATTENDANCE', // 出席の依頼: to attend the meeting (and so become its member)
  INFORMATION = 'INFORMATION', // 情報提供の依頼: to share named sections on an agenda case
}

export enum ConferenceRequestStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
}
