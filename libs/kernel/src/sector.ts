/** The field an agency works in; consent may name recipients by sector. */
export enum Sector {
  HOUSING = 'HOUSING', // 居住支援
  HEALTH = 'HEALTH', // 保健
  LEGAL = 'LEGAL', // 法律相談 (法テラス etc.)
  EDUCATION = 'EDUCATION', // 学校・教育委員会
  WELFARE = 'WELFARE', // 福祉 (生活困窮 自立相談 etc.)
  EMPLOYMENT = 'EMPLOYMENT', // 就労 (ハローワーク etc.)
  CHILD_FAMILY = 'CHILD_FAMILY', // 子ども家庭
  ELDERLY_CARE = 'ELDERLY_CARE', // 高齢 (地域包括支援センター)
  DISABILITY = 'DISABILITY', // 障害
  COMMUNITY = 'COMMUNITY', // 地域 (民生委員, 社協)
  ADMINISTRATION = 'ADMINISTRATION', // 市町村の行政 (the platform's own administration)
}
