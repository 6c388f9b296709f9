/**
 * Meetings, bodies and people a role names inside its brackets ("host (Munich Security Conference)",
 * "signatory (Mutsu Munemitsu)"), in Japanese: meetings as MOFA names them, people as MOFA writes them
 * (surname and title: ゲーツ国防長官; Korean and Chinese names in kanji; a minister is 外相 whatever the
 * ministry's own title, as role-prose-b.ts writes it). A person with an entity in data/ is written by the
 * entity's names.ja (a test holds them equal). Places are in role-places.ts.
 */
export const ROLE_PEOPLE: Readonly<Record<string, string>> = {
  // Meetings and bodies.
  "Munich Security Conference": "ミュンヘン安全保障会議",
  "Doha Forum": "ドーハ・フォーラム",
  "Manama Dialogue": "マナーマ対話",
  "Mediterranean Dialogues": "地中海対話",
  "IOC session": "IOC総会",
  "F-X programme": "F-X計画",
  "Mitsubishi Heavy Industries": "三菱重工業",
  "Japan's account": "日本側の説明",
  // People, with the title the role gives them.
  "Mutsu Munemitsu": "陸奥宗光",
  "Matías Romero": "マティアス・ロメロ",
  "Ambassador Nakayama Yoshihiro": "中山賀博大使",
  "Crown Prince Hassan": "ハッサン皇太子",
  "Crown Prince Tamim": "タミーム皇太子",
  "Defense Secretary Robert Gates": "ゲーツ国防長官",
  "Premier Li Qiang": "李強国務院総理",
  "Premier Wen Jiabao": "温家宝国務院総理",
  "Foreign Minister Li Zhaoxing": "李肇星外相",
  "President Boris Yeltsin": "ボリス・エリツィン大統領",
  "Foreign Minister Yevgeny Primakov": "エフゲニー・プリマコフ外相",
  "First Deputy Prime Minister Oleg Soskovets": "ソスコベツ第一副首相",
  "Prime Minister Viktor Chernomyrdin": "ヴィクトル・チェルノムイルジン首相",
  "President Bagabandi": "バガバンディ大統領",
  "Prime Minister Elbegdorj": "エルベグドルジ首相",
  "Foreign Minister Erdenechuluun": "エルデネチョローン外相",
  "President Chandrika Kumaratunga": "クマーラトゥンガ大統領",
  "Prime Minister Ranil Wickremasinghe": "ウィクラマシンハ首相",
  "Foreign Minister Tyronne Fernando": "フェルナンド外相",
  "Foreign Minister Yashwant Sinha": "シンハ外相",
  "Prime Minister Atal Bihari Vajpayee": "アタル・ビハーリー・ヴァージペーイー首相",
  "President A. P. J. Abdul Kalam": "アブドゥル・カラーム大統領",
  "Prime Minister Georgievski": "ゲオルギエフスキー首相",
  "Foreign Minister Schüssel": "シュッセル外相",
};
