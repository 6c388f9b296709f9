/**
 * Roles whose words no rule in roles.ts puts together: a bracket that is a phrase rather than names
 * ("host (state visit by the Emperor)"), a body named as a side, a relation written as a sentence. Each
 * was put into Japanese beside its statement and the statement's own Japanese note, where it has one
 * (国連軍, 中国人民義勇軍, 主席随員 as the notes write them). A "host (…)" here is a visit's host (受入国).
 */
export const ROLE_PROSE_D: Readonly<Record<string, string>> = {
  // The hosts of foreign ministers' trips.
  "host (50th-anniversary ceremonies, San Francisco)": "受入国（50周年記念式典、サンフランシスコ）",
  "host (53rd UN General Assembly, New York; Japan–US 2+2)": "受入国（第53回国連総会、ニューヨーク、日米2+2）",
  "host (ASEAN-hosted emergency leaders' meeting on the tsunami, Jakarta)": "受入国（ASEAN主催の津波に関する緊急首脳会議、ジャカルタ）",
  "host (G4 foreign ministers' meeting and G4–Ghana meeting, London)": "受入国（G4外相会合・G4ガーナ会合、ロンドン）",
  "host (G7 Naples Summit)": "受入国（G7ナポリ・サミット）",
  "host (Kabul International Conference on Afghanistan)": "受入国（アフガニスタンに関するカブール国際会議）",
  "host (Summit of Peacemakers, Sharm El-Sheikh)": "受入国（平和創造者サミット、シャルム・エル・シェイク）",
  'host (first "Central Asia plus Japan" foreign ministers\' meeting, Astana)': "受入国（第1回「中央アジア＋日本」外相会合、アスタナ）",
  "host (international conference on Iraq, Brussels)": "受入国（イラクに関する国際会議、ブリュッセル）",
  "host (invitation to President Khatami)": "受入国（ハタミ大統領への招請）",
  "host (policy speech at the University of World Economy and Diplomacy, Tashkent)": "受入国（世界経済外交大学での政策演説、タシケント）",
  "host (signing of the Gaza–Jericho agreement, Cairo)": "受入国（ガザ・エリコ合意の署名、カイロ）",
  "host (state visit by the Emperor)": "受入国（天皇の国賓訪問）",
  "host (audience with Philip II in Madrid)": "受入国（マドリードでフェリペ2世に謁見）",
  "the minister accompanied this visit as chief retainer": "外務大臣が主席随員として同行",
  "Trade Commissioner Cecilia Malmström": "マルムストローム欧州委員（通商担当）",
  // Where a mission or a meeting was received, and who signed the armistice of 1953.
  "received the embassy in Rome": "ローマで使節団を迎えた",
  "received the envoys in Madrid": "マドリードで使節を迎えた",
  "adopted in New York": "ニューヨークで採択",
  "United Nations Command": "国連軍",
  "Korean People's Army": "朝鮮人民軍",
  "Chinese People's Volunteers": "中国人民義勇軍",
  "Supreme Commander of the Korean People's Army": "朝鮮人民軍最高司令官",
  // The survey of the Senkaku Islands (1885) and the two halves of Korea in 1945–48.
  "through Okinawa Prefecture": "沖縄県を通じて",
  "finding (Japan's account)": "調査結果（日本側の説明）",
  "preceded; markers deferred on 5 December 1885": "先行（1885年12月5日に国標建設を見合わせ）",
  "territory of the state founded there in 1948": "1948年にそこに建国された国家の領域",
};
