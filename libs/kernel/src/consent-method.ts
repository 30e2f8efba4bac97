/** How a person gave consent; shared by consents and the consent to connect taken at intake. */
export enum ConsentMethod {
  WRITTEN = 'WRITTEN', // 書面
  ORAL = 'ORAL', // 口頭 (記録者が記録)
  ELECTRONIC = 'ELECTRONIC', // 電磁的方法
}
