/**
 * Places a role names ("host (Warsaw)", "embassy, Tokyo", "sixth summit, Bali") as Japanese writes them:
 * MOFA's katakana for places abroad (ワルシャワ, ミュンヘン), kanji for China, Korea, Taiwan and Japan. A
 * state's own name comes from the states (roles.ts's lookup); a place with an entity in data/ is written
 * as its names.ja (a test holds them equal), and a mission's place as the embassies importer writes it in
 * the statement's Japanese note (src/datasets/importers/mission-places.ts; a test holds them equal too).
 * A place missing here leaves its whole role in English, marked English-only: never half-translated.
 */
export const ROLE_PLACES: Readonly<Record<string, string>> = {
  // In Japan.
  Tokyo: "東京", "Chiyoda-ku": "千代田区", "Minato-ku": "港区", "Meguro-ku": "目黒区", "Setagaya-ku": "世田谷区", "Shibuya-ku": "渋谷区",
  "Shinagawa-ku": "品川区", "Kita-Shinagawa": "北品川", Shinjuku: "新宿", Akasaka: "赤坂", Azabudai: "麻布台", "Higashi-Azabu": "東麻布",
  "Nishi-Azabu": "西麻布", Roppongi: "六本木", Kudanminami: "九段南", "Tōyama": "戸山", Yokohama: "横浜", "Yamatechō": "山手町",
  Osaka: "大阪", "Osaka Prefecture": "大阪府", "Kyūtarō-machi": "久太郎町", Toyonaka: "豊中", Sakai: "堺", "Kōbe": "神戸",
  "Chūō-ku": "中央区", "Chuo-ku": "中央区", "Kita-ku": "北区", "Minami-ku": "南区", Kyoto: "京都", Nagoya: "名古屋", Hamamatsu: "浜松",
  Niigata: "新潟", Sendai: "仙台", Sapporo: "札幌", Hakodate: "函館", Fukuoka: "福岡", "Fukuoka Prefecture": "福岡県", Kasuga: "春日",
  Nagasaki: "長崎", Kumoji: "久茂地", "Kōjimachi": "麹町",
  // China, Korea, Taiwan.
  Beijing: "北京", Shanghai: "上海", Chongqing: "重慶", "Hong Kong": "香港", "Heping District": "和平区", "Shinan District": "市南区",
  "Yuexiu District": "越秀区", Busan: "釜山", "Jeju Province": "済州道", "Jongno District": "鍾路区", Taipei: "台北", Kaohsiung: "高雄",
  // Abroad.
  Abidjan: "アビジャン", "Abu Dhabi": "アブダビ", Abuja: "アブジャ", Accra: "アクラ", "Ad Dawhah": "ドーハ", "Addis Ababa": "アディスアベバ",
  Algiers: "アルジェ", Amman: "アンマン", Anchorage: "アンカレッジ", Ankara: "アンカラ", Antananarivo: "アンタナナリボ", Apia: "アピア",
  Ashgabat: "アシガバット", Asmara: "アスマラ", Astana: "アスタナ", "Asunción": "アスンシオン", Atlanta: "アトランタ", Auckland: "オークランド",
  Baghdad: "バグダッド", Baku: "バクー", Bamako: "バマコ", "Bandar Seri Begawan": "バンダルスリブガワン", Bangalore: "ベンガルール",
  Bangkok: "バンコク", Barcelona: "バルセロナ", "Belém": "ベレン", Beirut: "ベイルート", Belgrade: "ベオグラード", Bern: "ベルン", Bishkek: "ビシュケク",
  "Bogotá": "ボゴタ", "Brasília": "ブラジリア", Bratislava: "ブラチスラバ", Brisbane: "ブリスベン", Brussels: "ブリュッセル",
  Bucharest: "ブカレスト", "Budapest District XII": "ブダペスト第12区", "Buenos Aires": "ブエノスアイレス", "Bình Thuận": "ビントゥアン省",
  Cairo: "カイロ", Canberra: "キャンベラ", "Cebu City": "セブ市", Chacao: "チャカオ", Chalandri: "ハランドリ", "Chamartín": "チャマルティン",
  Chennai: "チェンナイ", "Chișinău": "キシナウ", Christchurch: "クライストチャーチ", "City of Edinburgh": "エディンバラ",
  "City of Westminster": "ウェストミンスター", Colombo: "コロンボ", "Copenhagen Municipality": "コペンハーゲン", Cotonou: "コトヌー", Curitiba: "クリチバ", Dakar: "ダカール",
  Damascus: "ダマスカス", "Dar es Salaam": "ダルエスサラーム", "Davao City": "ダバオ市", Denpasar: "デンパサール", Detroit: "デトロイト",
  Dhaka: "ダッカ", Dili: "ディリ", Dublin: "ダブリン", Dixinn: "ディキシン", Djibouti: "ジブチ", Dubai: "ドバイ", Dushanbe: "ドゥシャンベ",
  "Düsseldorf": "デュッセルドルフ", "Encarnación": "エンカルナシオン", "Frankfurt am Main": "フランクフルト・アム・マイン", Gaborone: "ハボローネ",
  Geneva: "ジュネーブ", "Guatemala City": "グアテマラ市", "Hamburg-Mitte": "ハンブルク・ミッテ区", Hanoi: "ハノイ", Harare: "ハラレ",
  Havana: "ハバナ", Helsinki: "ヘルシンキ", "Ho Chi Minh City": "ホーチミン市", Honiara: "ホニアラ", Honolulu: "ホノルル", Houston: "ヒューストン",
  Islamabad: "イスラマバード", Istanbul: "イスタンブール", Jakarta: "ジャカルタ", Jeddah: "ジッダ", "Jesús María": "ヘスス・マリア",
  "Johor Bahru": "ジョホールバル", Juba: "ジュバ", Kabul: "カブール", Kampala: "カンパラ", Karachi: "カラチ", Kathmandu: "カトマンズ",
  Khabarovsk: "ハバロフスク", Khartoum: "ハルツーム", Kigali: "キガリ", Kingston: "キングストン", Kolonia: "コロニア", Koror: "コロール", "Kota Kinabalu": "コタキナバル",
  "Kuala Lumpur": "クアラルンプール", "Kuwait City": "クウェート市", Kyiv: "キーウ", "La Marsa": "ラ・マルサ", "La Paz": "ラパス",
  "Las Palmas de Gran Canaria": "ラス・パルマス・デ・グラン・カナリア", "León de Los Aldama": "レオン", Libreville: "リーブルビル",
  Lilongwe: "リロングウェ", Lisbon: "リスボン", Ljubljana: "リュブリャナ", "Los Angeles": "ロサンゼルス", Luanda: "ルアンダ", Lusaka: "ルサカ",
  Luxembourg: "ルクセンブルク", Majuro: "マジュロ", "Malé": "マレ", Managua: "マナグア", Manama: "マナーマ", Maputo: "マプト",
  Marseille: "マルセイユ", Medan: "メダン", Melbourne: "メルボルン", "Mexico City": "メキシコシティ", Miami: "マイアミ", Minsk: "ミンスク",
  Mitte: "ミッテ区", Montevideo: "モンテビデオ", Moscow: "モスクワ", "Mueang Chiang Mai": "チェンマイ", Munich: "ミュンヘン", Muscat: "マスカット",
  Nairobi: "ナイロビ", Nashville: "ナッシュビル", "New Delhi": "ニューデリー", "New York City": "ニューヨーク", Ngaliema: "ンガリエマ",
  "Nuku'alofa": "ヌクアロファ", "Oslo municipality": "オスロ", Ottawa: "オタワ", Ouagadougou: "ワガドゥグ", "Panama City": "パナマ市",
  Paris: "パリ", Pasay: "パサイ", Penang: "ペナン", Perth: "パース", "Phnom Penh": "プノンペン", "Port Louis": "ポートルイス",
  "Port Moresby": "ポートモレスビー", "Port Vila": "ポートビラ", "Port of Spain": "ポートオブスペイン", Prague: "プラハ", Pretoria: "プレトリア",
  Pristina: "プリシュティナ", Providencia: "プロビデンシア", "Pétion-Ville": "ペシオンヴィル", Quito: "キト", Rabat: "ラバト", Recife: "レシフェ",
  "Reykjavík": "レイキャビク", Riga: "リガ", "Rio de Janeiro": "リオデジャネイロ", Riyadh: "リヤド", Rome: "ローマ",
  "Saint Michael": "セント・マイケル教区", "Saint Petersburg": "サンクトペテルブルク", Salvador: "サルバドール", "San Francisco": "サンフランシスコ",
  "San José": "サンホセ", "San Salvador": "サンサルバドル", "Santo Domingo": "サントドミンゴ", Sarajevo: "サラエボ", Singapore: "シンガポール",
  Skopje: "スコピエ", "Sofia Capital Municipality": "ソフィア", Stockholm: "ストックホルム", Strasbourg: "ストラスブール", Strovolos: "ストロヴォロス",
  Surabaya: "スラバヤ", Suva: "スバ", Sydney: "シドニー", "São Paulo": "サンパウロ", "Tallinn City": "タリン", Tamuning: "タムニン",
  Tashkent: "タシケント", Tbilisi: "トビリシ", Tegucigalpa: "テグシガルパ", Tehran: "テヘラン", "Tel Aviv": "テルアビブ",
  "Tevragh-Zeina": "テヴラグ・ゼイナ", "The Hague": "ハーグ", Tirana: "ティラナ", Tunis: "チュニス", Ulaanbaatar: "ウランバートル",
  Victoria: "ビクトリア", Vienna: "ウィーン", Vientiane: "ビエンチャン", Villeurbanne: "ヴィルールバンヌ", Vilnius: "ビリニュス",
  Vladivostok: "ウラジオストク", Warsaw: "ワルシャワ", "Washington, D.C.": "ワシントンD.C.", Wellington: "ウェリントン", Windhoek: "ウィントフック",
  Yangon: "ヤンゴン", "Yaoundé": "ヤウンデ", Yerevan: "エレバン", "Yuzhno-Sakhalinsk": "ユジノサハリンスク", Zagreb: "ザグレブ",
  // Named by the roles of trips and meetings (not by the missions' snapshot).
  Athens: "アテネ", Bali: "バリ", Berlin: "ベルリン", Bonn: "ボン", Burma: "ビルマ", Cannes: "カンヌ", Capri: "カプリ", Cebu: "セブ",
  Ceylon: "セイロン", Charlevoix: "シャルルボワ", Cologne: "ケルン", Copenhagen: "コペンハーゲン", "Cox's Bazar": "コックスバザール",
  "Da Nang": "ダナン", Delhi: "デリー", Dinard: "ディナール", Erbil: "エルビル", Fiuggi: "フィウッジ", Gyeongju: "慶州",
  Johannesburg: "ヨハネスブルグ", Lima: "リマ", Liverpool: "リバプール", London: "ロンドン", "Los Cabos": "ロスカボス", Lucca: "ルッカ",
  Lyon: "リヨン", "Lübeck": "リューベック", Madrid: "マドリード", Makassar: "マカッサル", Manila: "マニラ", Matera: "マテーラ",
  Midrand: "ミッドランド", "Münster": "ミュンスター", Naypyidaw: "ネーピードー", "New York": "ニューヨーク", Niagara: "ナイアガラ",
  "Nusa Dua": "ヌサドゥア", Peleliu: "ペリリュー", Pittsburgh: "ピッツバーグ", Pohnpei: "ポンペイ", Santiago: "サンティアゴ",
  Seattle: "シアトル", Seoul: "ソウル", Seville: "セビリア", "Sharm El-Sheikh": "シャルム・エル・シェイク", Toronto: "トロント",
  Washington: "ワシントン",
  // States and territories as a role names them, where the state's own name differs.
  "Federal Republic of Yugoslavia": "ユーゴスラビア連邦共和国", "Hong Kong Special Administrative Region": "香港特別行政区",
  "Palestinian Authority": "パレスチナ自治政府", "Afghan Interim Administration": "アフガニスタン暫定行政機構",
};
