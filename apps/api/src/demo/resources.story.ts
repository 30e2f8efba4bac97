import { DayOfWeek, ParticipationForm as F, ResourceTarget as T } from '@renkei/resources';

/*
 * The demo directory of local resources (社会資源) of 桜市: 居場所, 子ども食堂, 認知症カフェ,
 * volunteer activity, work experience at local employers. Every name, address and number
 * is invented; phone numbers use the 0120-000 range no one answers.
 */

/** A demo resource as the coordinator enters it (ResourceInput), and whether it is suspended (休止). */
export interface StoryResource {
  readonly input: Record<string, unknown>;
  readonly suspended?: boolean;
}

const DAYS: Readonly<Record<string, DayOfWeek>> = { 月: DayOfWeek.MONDAY, 火: DayOfWeek.TUESDAY, 水: DayOfWeek.WEDNESDAY, 木: DayOfWeek.THURSDAY, 金: DayOfWeek.FRIDAY, 土: DayOfWeek.SATURDAY, 日: DayOfWeek.SUNDAY };

// The areas (地区) of 桜市 and a point in each, for the listings' coordinates.
const AREAS: Readonly<Record<string, readonly [number, number]>> = {
  中央地区: [35.7012, 139.5021],
  北地区: [35.7183, 139.4987],
  南地区: [35.6841, 139.5055],
  東地区: [35.7027, 139.5243],
  西地区: [35.6998, 139.4779],
};

interface Listing {
  readonly name: string;
  readonly kana: string;
  readonly org: string;
  readonly description: string;
  readonly targets: readonly T[];
  readonly forms: readonly F[];
  readonly area: keyof typeof AREAS & string;
  /** The street part of the address, after 桜市. */
  readonly street: string;
  /** "月水 10:00-15:00; 土 13:00-16:00 第2土曜のみ": days, time, optional note. */
  readonly hours: string;
  readonly cost?: string;
  readonly accessibility?: string;
  readonly languages?: readonly string[];
  readonly url?: string;
  readonly suspended?: boolean;
}

function schedulesOf(hours: string): { dayOfWeek: DayOfWeek; opensAt: string; closesAt: string; note: string | null }[] {
  return hours.split(';').flatMap((part) => {
    const [days = '', time = '', ...note] = part.trim().split(' ');
    const [opensAt = '', closesAt = ''] = time.split('-');
    return Array.from(days).map((day) => {
      const dayOfWeek = DAYS[day];
      if (!dayOfWeek) throw new Error(`Demo resource: unknown day ${day}`);
      return { dayOfWeek, opensAt, closesAt, note: note.length > 0 ? note.join(' ') : null };
    });
  });
}

function storyOf(listing: Listing, index: number): StoryResource {
  const [latitude, longitude] = AREAS[listing.area] ?? [35.7, 139.5];
  // Spread the listings of an area a few hundred metres apart.
  const offset = ((index % 7) - 3) * 0.0021;
  return {
    input: {
      name: listing.name,
      nameKana: listing.kana,
      organizationName: listing.org,
      description: listing.description,
      targets: listing.targets,
      forms: listing.forms,
      area: listing.area,
      address: `桜市${listing.street}`,
      latitude: Number((latitude + offset).toFixed(4)),
      longitude: Number((longitude - offset).toFixed(4)),
      schedules: schedulesOf(listing.hours),
      phone: `0120-000-${String(100 + index).padStart(3, '0')}`,
      email: null,
      url: listing.url ?? null,
      cost: listing.cost ?? '無料',
      accessibility: listing.accessibility ?? '',
      languages: listing.languages ?? ['ja'],
    },
    ...(listing.suspended ? { suspended: true } : {}),
  };
}

const LISTINGS: readonly Listing[] = [
  // 子ども食堂 and 学習支援
  { name: '子ども食堂 ひまわり', kana: 'コドモショクドウ ヒマワリ', org: 'NPO法人 さくらの輪', description: '地域のボランティアが手作りの夕食を用意します。子どもは無料、大人は300円。宿題をする机もあります。', targets: [T.CHILDREN, T.CHILD_REARING, T.POVERTY], forms: [F.MEALS, F.IBASHO], area: '中央地区', street: '本町2-3-1 本町会館', hours: '水 17:00-19:30; 土 11:30-13:30 第2・第4土曜のみ', cost: '子ども無料、大人300円', accessibility: '1階、段差なし' },
  { name: 'みんなの食堂 たんぽぽ', kana: 'ミンナノショクドウ タンポポ', org: 'たんぽぽの会', description: '子どもから高齢者まで誰でも来られる地域食堂。月2回、公民館の調理室で。', targets: [T.ANYONE, T.CHILDREN, T.ELDERLY], forms: [F.MEALS, F.HOBBY], area: '北地区', street: '北町1-12 北公民館', hours: '日 12:00-14:00 第1・第3日曜のみ', cost: '子ども無料、大人200円', accessibility: 'エレベーターあり' },
  { name: 'こども食堂 にじいろ', kana: 'コドモショクドウ ニジイロ', org: '桜南キリスト教会', description: '毎週金曜の夕食会。食後は大学生ボランティアと遊べます。', targets: [T.CHILDREN, T.CHILD_REARING], forms: [F.MEALS, F.IBASHO], area: '南地区', street: '南町3-4-8', hours: '金 17:30-19:30', cost: '子ども無料、保護者200円' },
  { name: '東町子ども食堂 おむすび', kana: 'ヒガシマチコドモショクドウ オムスビ', org: '東町自治会', description: '自治会館で月2回の子ども食堂。食材の寄付も受け付けています。', targets: [T.CHILDREN, T.POVERTY], forms: [F.MEALS], area: '東地区', street: '東町4-1 東町自治会館', hours: '土 11:30-13:30 第1・第3土曜のみ' },
  { name: 'にしまち子ども食堂', kana: 'ニシマチコドモショクドウ', org: '西町商店会', description: '商店街の空き店舗を使った子ども食堂。地元の八百屋と肉屋が食材を提供。', targets: [T.CHILDREN, T.CHILD_REARING], forms: [F.MEALS, F.IBASHO], area: '西地区', street: '西町2-7-5', hours: '火木 17:00-19:00', cost: '子ども無料、大人300円' },
  { name: '学習支援教室 まなびや', kana: 'ガクシュウシエンキョウシツ マナビヤ', org: '桜市社会福祉協議会', description: '生活困窮世帯の中学生・高校生のための無料の学習支援。元教員と大学生が教えます。', targets: [T.CHILDREN, T.YOUTH, T.POVERTY], forms: [F.LEARNING, F.IBASHO], area: '中央地区', street: '本町1-1 桜市福祉センター3階', hours: '月木 18:00-20:00', accessibility: 'エレベーターあり' },
  { name: '放課後の居場所 きのこ', kana: 'ホウカゴノイバショ キノコ', org: 'NPO法人 こどもの森', description: '小学生が放課後に過ごせる居場所。おやつと宿題の時間があります。', targets: [T.CHILDREN], forms: [F.IBASHO, F.LEARNING], area: '北地区', street: '北町3-5-2', hours: '月火水木金 15:00-18:00' },
  { name: '子育てひろば ぽかぽか', kana: 'コソダテヒロバ ポカポカ', org: '桜市 子ども家庭センター', description: '0〜3歳の子と保護者が自由に遊べるひろば。保育士に子育ての相談もできます。', targets: [T.CHILD_REARING], forms: [F.IBASHO, F.CONSULTATION], area: '東地区', street: '東町1-2-3 子ども家庭センター1階', hours: '月火水木金 10:00-15:00', accessibility: 'ベビーカー可、授乳室あり' },
  { name: 'ひとり親サロン ほっと', kana: 'ヒトリオヤサロン ホット', org: 'ひとり親家庭の会 さくら', description: 'ひとり親どうしで話せるサロン。託児あり（要予約）。', targets: [T.CHILD_REARING, T.POVERTY], forms: [F.PEER_SUPPORT, F.IBASHO], area: '南地区', street: '南町1-8 南コミュニティセンター', hours: '土 10:00-12:00 第3土曜のみ' },
  { name: 'フードパントリー さくら', kana: 'フードパントリー サクラ', org: '桜市社会福祉協議会', description: '寄付された食品を生活に困っている世帯に無料で配ります。申込みは電話で。', targets: [T.POVERTY, T.CHILD_REARING], forms: [F.MEALS, F.CONSULTATION], area: '西地区', street: '西町5-2 西地区センター', hours: '土 10:00-12:00 第2土曜のみ' },
  // 認知症カフェ and 高齢者の通いの場
  { name: '認知症カフェ オレンジ', kana: 'ニンチショウカフェ オレンジ', org: '桜 地域包括支援センター', description: '認知症の本人、家族、地域の人が気軽に集まるカフェ。専門職が相談に応じます。', targets: [T.ELDERLY], forms: [F.IBASHO, F.CONSULTATION, F.PEER_SUPPORT], area: '中央地区', street: '本町3-2-10 喫茶さくら', hours: '水 13:30-15:30 第1水曜のみ', cost: '1回100円（飲み物代）' },
  { name: 'オレンジカフェ きたまち', kana: 'オレンジカフェ キタマチ', org: '北地区民生委員協議会', description: '北地区の認知症カフェ。歌と体操のあと、お茶を飲みながらおしゃべり。', targets: [T.ELDERLY], forms: [F.IBASHO, F.HOBBY], area: '北地区', street: '北町2-9 特別養護老人ホーム 桜の苑 地域交流室', hours: '金 14:00-16:00 第2・第4金曜のみ', cost: '1回100円', accessibility: '車いす可' },
  { name: 'みなみ認知症カフェ ひだまり', kana: 'ミナミニンチショウカフェ ヒダマリ', org: '医療法人 南桜会', description: '病院の看護師と作業療法士がいる認知症カフェ。介護の悩みも相談できます。', targets: [T.ELDERLY], forms: [F.IBASHO, F.CONSULTATION], area: '南地区', street: '南町5-1-1 南桜病院 2階会議室', hours: '火 14:00-15:30 第3火曜のみ', cost: '無料', accessibility: 'エレベーターあり' },
  { name: 'いきいき百歳体操 ひがし', kana: 'イキイキヒャクサイタイソウ ヒガシ', org: '東町老人クラブ', description: 'おもりを使った週1回の体操。体力測定もあります。', targets: [T.ELDERLY], forms: [F.HOBBY, F.IBASHO], area: '東地区', street: '東町2-6 東町集会所', hours: '木 10:00-11:00' },
  { name: 'ふれあいサロン にしの木', kana: 'フレアイサロン ニシノキ', org: '西町自治会', description: '高齢者が集まってお茶とおしゃべりを楽しむサロン。送迎の相談可。', targets: [T.ELDERLY, T.ANYONE], forms: [F.IBASHO, F.HOBBY], area: '西地区', street: '西町1-3 西町集会所', hours: '火 13:30-15:30', cost: '1回100円' },
  { name: '男の料理教室 かまど', kana: 'オトコノリョウリキョウシツ カマド', org: '桜市 公民館', description: '退職後の男性向け料理教室。作ったものをみんなで食べます。', targets: [T.ELDERLY, T.ANYONE], forms: [F.LEARNING, F.HOBBY, F.MEALS], area: '中央地区', street: '本町4-1 中央公民館 調理室', hours: '土 10:00-13:00 第4土曜のみ', cost: '材料費500円' },
  { name: '介護者のつどい ほっこり', kana: 'カイゴシャノツドイ ホッコリ', org: '桜 地域包括支援センター', description: '家族を介護している人どうしで話す会。介護の経験者が聞き役になります。', targets: [T.ELDERLY, T.ANYONE], forms: [F.PEER_SUPPORT, F.CONSULTATION], area: '北地区', street: '北町1-12 北公民館', hours: '月 13:30-15:00 第2月曜のみ' },
  { name: '囲碁・将棋サロン 桜', kana: 'イゴショウギサロン サクラ', org: '桜市シルバー人材センター', description: '囲碁と将棋を楽しむサロン。初心者向けの手ほどきもあります。', targets: [T.ELDERLY, T.ANYONE], forms: [F.HOBBY, F.IBASHO], area: '南地区', street: '南町2-2 南地区センター', hours: '月水金 13:00-16:00', cost: '1回50円' },
  // ひきこもり・若者
  { name: 'ひきこもり家族会 こもれび', kana: 'ヒキコモリカゾクカイ コモレビ', org: 'こもれびの会', description: 'ひきこもりの子をもつ家族の会。体験を分かち合い、専門家の話を聞きます。', targets: [T.HIKIKOMORI], forms: [F.PEER_SUPPORT, F.LEARNING], area: '中央地区', street: '本町1-1 桜市福祉センター2階', hours: '日 14:00-16:00 第3日曜のみ', accessibility: 'エレベーターあり' },
  { name: '居場所 ひとやすみ', kana: 'イバショ ヒトヤスミ', org: 'NPO法人 ひとやすみ', description: '家から出始めた人のための静かな居場所。話さなくても、来るだけで大丈夫です。', targets: [T.HIKIKOMORI, T.YOUTH], forms: [F.IBASHO, F.PEER_SUPPORT], area: '東地区', street: '東町3-9-4 2階', hours: '火木 13:00-17:00; 土 13:00-16:00' },
  { name: 'オンライン居場所 つながるルーム', kana: 'オンラインイバショ ツナガルルーム', org: 'NPO法人 ひとやすみ', description: '自宅からビデオ通話で参加できる居場所。カメラをオフにしての参加も可。', targets: [T.HIKIKOMORI, T.YOUTH, T.ANYONE], forms: [F.IBASHO], area: '東地区', street: '東町3-9-4（オンライン）', hours: '月水 20:00-21:30' },
  { name: 'さくら若者サポートステーション', kana: 'サクラワカモノサポートステーション', org: '一般社団法人 若者みらい', description: '15〜49歳で働くことに悩む人の相談と、職場体験・コミュニケーション講座。', targets: [T.YOUTH, T.HIKIKOMORI], forms: [F.CONSULTATION, F.LEARNING, F.WORK_EXPERIENCE], area: '中央地区', street: '駅前1-5-2 駅前ビル4階', hours: '月火水木金 10:00-17:00', accessibility: 'エレベーターあり' },
  { name: 'ゲームで集まる会 ピコピコ', kana: 'ゲームデアツマルカイ ピコピコ', org: '一般社団法人 若者みらい', description: 'ボードゲームとテレビゲームで交流する若者の会。見学だけでも歓迎。', targets: [T.YOUTH, T.HIKIKOMORI], forms: [F.HOBBY, F.IBASHO], area: '北地区', street: '北町3-1 北ユースプラザ', hours: '土 14:00-17:00' },
  { name: '不登校の親の会 ゆっくり', kana: 'フトウコウノオヤノカイ ユックリ', org: 'ゆっくりの会', description: '学校に行きにくい子の保護者の集まり。スクールソーシャルワーカーも参加。', targets: [T.CHILDREN, T.CHILD_REARING], forms: [F.PEER_SUPPORT], area: '西地区', street: '西町3-3 西公民館', hours: '水 10:00-12:00 第2水曜のみ' },
  { name: 'フリースペース あおぞら', kana: 'フリースペース アオゾラ', org: 'NPO法人 こどもの森', description: '学校に行っていない子どもが日中に過ごせる場所。畑仕事や工作もします。', targets: [T.CHILDREN, T.YOUTH], forms: [F.IBASHO, F.LEARNING], area: '南地区', street: '南町6-2-1', hours: '月火水木金 10:00-15:00', cost: '月3,000円（減免あり）' },
  // ボランティア
  { name: '桜市ボランティアセンター', kana: 'サクラシボランティアセンター', org: '桜市社会福祉協議会', description: 'ボランティアをしたい人と求める団体をつなぎます。活動の紹介と保険の手続き。', targets: [T.ANYONE], forms: [F.VOLUNTEER, F.CONSULTATION], area: '中央地区', street: '本町1-1 桜市福祉センター1階', hours: '月火水木金 09:00-17:00', accessibility: '1階、段差なし' },
  { name: '公園清掃ボランティア グリーンさくら', kana: 'コウエンセイソウボランティア グリーンサクラ', org: 'グリーンさくら', description: '月1回の公園清掃。軍手とごみ袋は用意します。1回だけの参加も歓迎。', targets: [T.ANYONE], forms: [F.VOLUNTEER], area: '北地区', street: '北町5 桜北公園', hours: '日 09:00-10:30 第1日曜のみ' },
  { name: '図書館 読み聞かせボランティア', kana: 'トショカン ヨミキカセボランティア', org: '桜市立図書館', description: '子ども向けの読み聞かせに参加するボランティア。研修あり。', targets: [T.ANYONE], forms: [F.VOLUNTEER, F.LEARNING], area: '中央地区', street: '本町5-1 桜市立中央図書館', hours: '土 10:30-11:30' },
  { name: '災害ボランティア養成講座', kana: 'サイガイボランティアヨウセイコウザ', org: '桜市社会福祉協議会', description: '災害時に活動するボランティアの養成講座（全3回）。', targets: [T.ANYONE], forms: [F.VOLUNTEER, F.LEARNING], area: '東地区', street: '東町1-1 東地区センター', hours: '土 13:00-16:00 6月のみ', suspended: true },
  { name: '傾聴ボランティア こころの耳', kana: 'ケイチョウボランティア ココロノミミ', org: 'こころの耳', description: '施設や自宅で高齢者の話を聞くボランティア。養成講座を受けてから活動します。', targets: [T.ELDERLY, T.ANYONE], forms: [F.VOLUNTEER], area: '南地区', street: '南町1-8 南コミュニティセンター', hours: '火 10:00-12:00' },
  { name: '子ども食堂 調理ボランティア', kana: 'コドモショクドウ チョウリボランティア', org: 'NPO法人 さくらの輪', description: '子ども食堂 ひまわりで調理や配膳を手伝うボランティア。', targets: [T.ANYONE], forms: [F.VOLUNTEER, F.MEALS], area: '中央地区', street: '本町2-3-1 本町会館', hours: '水 15:30-19:30' },
  { name: '見守り配食ボランティア', kana: 'ミマモリハイショクボランティア', org: '西地区社会福祉協議会', description: '一人暮らし高齢者に弁当を届け、安否を確認するボランティア。', targets: [T.ANYONE, T.ELDERLY], forms: [F.VOLUNTEER], area: '西地区', street: '西町5-2 西地区センター', hours: '月木 10:30-12:30' },
  // 就労体験・就労 (local employers)
  { name: '就労体験 さくらベーカリー', kana: 'シュウロウタイケン サクラベーカリー', org: '有限会社 さくらベーカリー', description: 'パンの袋詰めと店内清掃の就労体験。1日2時間から、職員がそばで教えます。', targets: [T.YOUTH, T.HIKIKOMORI, T.POVERTY], forms: [F.WORK_EXPERIENCE], area: '中央地区', street: '本町2-8-4', hours: '火水木 09:00-11:00', accessibility: '1階' },
  { name: '就労体験 北桜農園', kana: 'シュウロウタイケン キタザクラノウエン', org: '北桜農園', description: '野菜の収穫と出荷作業を体験。屋外作業、着替えあり。', targets: [T.YOUTH, T.HIKIKOMORI, T.DISABILITY, T.POVERTY], forms: [F.WORK_EXPERIENCE], area: '北地区', street: '北町7-20', hours: '月水金 09:00-12:00' },
  { name: '就労体験 みなみ介護センター', kana: 'シュウロウタイケン ミナミカイゴセンター', org: '社会福祉法人 南桜福祉会', description: '介護施設でのシーツ交換、配膳補助などの体験。資格取得の相談も。', targets: [T.YOUTH, T.POVERTY], forms: [F.WORK_EXPERIENCE, F.EMPLOYMENT], area: '南地区', street: '南町4-3-3', hours: '月火水木金 10:00-15:00' },
  { name: '就労体験 ひがし印刷', kana: 'シュウロウタイケン ヒガシインサツ', org: '株式会社 ひがし印刷', description: 'チラシの折りと封入の軽作業。静かな作業場で集中して取り組めます。', targets: [T.HIKIKOMORI, T.DISABILITY, T.YOUTH], forms: [F.WORK_EXPERIENCE], area: '東地区', street: '東町6-11-2', hours: '火木 13:00-16:00' },
  { name: '就労体験 にしまちリサイクル', kana: 'シュウロウタイケン ニシマチリサイクル', org: 'にしまちリサイクル協同組合', description: '古着と古本の仕分け・値付け。短時間から始められます。', targets: [T.POVERTY, T.HIKIKOMORI, T.ANYONE], forms: [F.WORK_EXPERIENCE], area: '西地区', street: '西町8-1', hours: '月水金 10:00-14:00' },
  { name: 'カフェ就労 まめのき', kana: 'カフェシュウロウ マメノキ', org: '就労継続支援B型事業所 まめのき', description: '障害のある人が働くカフェ。接客・調理の体験も受け入れます。', targets: [T.DISABILITY], forms: [F.WORK_EXPERIENCE, F.EMPLOYMENT, F.IBASHO], area: '中央地区', street: '駅前2-1-8', hours: '月火水木金 10:00-16:00', accessibility: '車いす可、筆談可' },
  { name: 'シルバー人材センター 桜', kana: 'シルバージンザイセンター サクラ', org: '公益社団法人 桜市シルバー人材センター', description: '60歳以上の人に、地域の短期・軽易な仕事を紹介します。', targets: [T.ELDERLY], forms: [F.EMPLOYMENT, F.VOLUNTEER], area: '南地区', street: '南町2-2 南地区センター', hours: '月火水木金 08:30-17:00' },
  { name: 'ハローワーク桜 生活保護受給者等就労支援', kana: 'ハローワークサクラ セイカツホゴジュキュウシャトウシュウロウシエン', org: 'ハローワーク桜', description: '生活保護や生活困窮の人に、ナビゲーターが就職までを個別に支援します。', targets: [T.POVERTY], forms: [F.EMPLOYMENT, F.CONSULTATION], area: '中央地区', street: '駅前3-3-3', hours: '月火水木金 08:30-17:15' },
  { name: '障害者就業・生活支援センター さくら', kana: 'ショウガイシャシュウギョウセイカツシエンセンター サクラ', org: '社会福祉法人 桜福祉会', description: '障害のある人の就職と職場定着を、生活面も含めて支援します。', targets: [T.DISABILITY], forms: [F.EMPLOYMENT, F.CONSULTATION], area: '東地区', street: '東町2-1-1', hours: '月火水木金 09:00-18:00', accessibility: '車いす可' },
  // 外国人住民
  { name: '日本語教室 さくら', kana: 'ニホンゴキョウシツ サクラ', org: '桜市国際交流協会', description: 'Japanese class for residents from abroad. ボランティアと一対一で日本語を学びます。', targets: [T.FOREIGN_RESIDENTS], forms: [F.LEARNING, F.IBASHO], area: '中央地区', street: '本町4-1 中央公民館', hours: '水 19:00-20:30; 日 10:00-11:30', languages: ['ja', 'en', 'vi', 'zh'], url: 'https://example.org/sakura-nihongo' },
  { name: '外国人のための暮らし相談', kana: 'ガイコクジンノタメノクラシソウダン', org: '桜市国際交流協会', description: 'Consultation on daily life in several languages: housing, school, tax. 通訳あり。', targets: [T.FOREIGN_RESIDENTS], forms: [F.CONSULTATION], area: '中央地区', street: '本町1-1 桜市役所 2階', hours: '火金 13:00-16:00', languages: ['ja', 'en', 'vi', 'pt', 'zh', 'tl'] },
  { name: '多文化子ども教室 ワールド', kana: 'タブンカコドモキョウシツ ワールド', org: 'NPO法人 ワールドキッズ', description: '外国にルーツのある子どもの学習支援と母語の教室。', targets: [T.FOREIGN_RESIDENTS, T.CHILDREN], forms: [F.LEARNING, F.IBASHO], area: '東地区', street: '東町5-5 東公民館', hours: '土 13:00-16:00', languages: ['ja', 'pt', 'es', 'vi'] },
  { name: '国際交流サロン ハロー', kana: 'コクサイコウリュウサロン ハロー', org: '桜市国際交流協会', description: '外国人住民と日本人住民がお茶を飲みながら交流するサロン。', targets: [T.FOREIGN_RESIDENTS, T.ANYONE], forms: [F.HOBBY, F.IBASHO], area: '西地区', street: '西町3-3 西公民館', hours: '日 14:00-16:00 第4日曜のみ', languages: ['ja', 'en'] },
  // 障害・ピアサポート・相談
  { name: '精神障害者ピアサポート いろり', kana: 'セイシンショウガイシャピアサポート イロリ', org: '地域活動支援センター いろり', description: '精神障害の経験のあるピアサポーターと話せる場。', targets: [T.DISABILITY], forms: [F.PEER_SUPPORT, F.IBASHO], area: '北地区', street: '北町4-4-4', hours: '月水金 13:00-16:00' },
  { name: '地域活動支援センター いろり', kana: 'チイキカツドウシエンセンター イロリ', org: '社会福祉法人 桜福祉会', description: '障害のある人の日中の居場所。創作活動と軽作業があります。', targets: [T.DISABILITY], forms: [F.IBASHO, F.HOBBY, F.WORK_EXPERIENCE], area: '北地区', street: '北町4-4-4', hours: '月火水木金 10:00-16:00', accessibility: '車いす可' },
  { name: '手話サークル てのひら', kana: 'シュワサークル テノヒラ', org: 'てのひらの会', description: '手話を学び、ろう者と交流するサークル。', targets: [T.ANYONE, T.DISABILITY], forms: [F.LEARNING, F.HOBBY], area: '南地区', street: '南町1-8 南コミュニティセンター', hours: '木 19:00-21:00', accessibility: '手話通訳あり' },
  { name: '断酒会 さくら', kana: 'ダンシュカイ サクラ', org: '桜断酒会', description: 'お酒の問題に悩む本人と家族の例会。', targets: [T.ANYONE], forms: [F.PEER_SUPPORT], area: '中央地区', street: '本町1-1 桜市福祉センター2階', hours: '金 19:00-21:00' },
  { name: '暮らしの保健室 まちかど', kana: 'クラシノホケンシツ マチカド', org: '桜市訪問看護ステーション', description: '看護師に健康や暮らしのことを予約なしで相談できる場所。', targets: [T.ANYONE, T.ELDERLY], forms: [F.CONSULTATION, F.IBASHO], area: '西地区', street: '西町2-7-5', hours: '水 10:00-15:00' },
  { name: '家計相談 さくら家計ラボ', kana: 'カケイソウダン サクラカケイラボ', org: '桜市 自立相談支援機関', description: '家計の見直しと借金の整理を一緒に考えます。', targets: [T.POVERTY], forms: [F.CONSULTATION, F.LEARNING], area: '中央地区', street: '本町1-1 桜市役所 1階', hours: '月火水木金 09:00-17:00' },
  { name: 'みんなの畑 つちのこ', kana: 'ミンナノハタケ ツチノコ', org: 'つちのこ農園クラブ', description: '誰でも参加できる共同の畑。種まきから収穫まで一緒に。', targets: [T.ANYONE, T.HIKIKOMORI, T.ELDERLY], forms: [F.HOBBY, F.IBASHO, F.VOLUNTEER], area: '東地区', street: '東町9-1 東町市民農園', hours: '土 09:00-11:00' },
  { name: '手芸サロン ちくちく', kana: 'シュゲイサロン チクチク', org: '北町婦人会', description: '編み物や刺し子をしながらおしゃべり。材料は持ち寄り。', targets: [T.ANYONE, T.ELDERLY], forms: [F.HOBBY, F.IBASHO], area: '北地区', street: '北町2-2 北町集会所', hours: '木 13:30-15:30', cost: '1回100円' },
  { name: '歌声喫茶 ドレミ', kana: 'ウタゴエキッサ ドレミ', org: 'ドレミの会', description: 'ピアノに合わせてみんなで懐かしい歌を歌います。', targets: [T.ELDERLY, T.ANYONE], forms: [F.HOBBY], area: '西地区', street: '西町1-3 西町集会所', hours: '月 14:00-15:30 第1・第3月曜のみ', cost: '1回200円' },
];

/** The demo directory: every listing, in the order the coordinator entered them. */
export const DEMO_RESOURCES: readonly StoryResource[] = LISTINGS.map(storyOf);
