/**
 * Roles added on 7 and 8 December 2026 (session 38's data helpers: the treaties of amity and commerce of 1858-1873, the
 * revised treaties of 1895-1911, the South Seas Mandate and the Trust Territory) that no table or rule in roles.ts put
 * into Japanese, each read beside its statement and the agreement's Japanese summary. A signer is written as the Japanese
 * texts write him: the MOFA Diplomatic Archives' exhibit of the Spanish treaty (東久世通禧外国官副知事, 寺島宗則・井関盛艮
 * 外国官判事, ケヴェード在清国及安南国特命全権公使), the embassies' pages on the Portuguese (外国奉行の溝口讃岐守・酒井隠岐守,
 * 松平次郎兵衛) and Italian treaties (外国奉行柴田剛中・朝比奈昌広, 目付牛込忠左衛門), the Japanese texts of the Prussian
 * (村垣淡路守・竹本図書頭・黒川左中; 攝政 for the Prince Regent) and Austro-Hungarian treaties (特派全権公使 Petz, as the
 * treaty calls him), a person with an entity in data/ by its names.ja (澤宣嘉, 加藤高明, 青木周蔵, 副島種臣), the rest as
 * the agreement's Japanese summary names him or, where it differs from Japanese Wikipedia's title, as Wikipedia does
 * (キダーレン=ヴェヒター, マルシャル). "Foreign minister" of 1869-1873 is the office of the time, 外務卿, and the vice-minister
 * 外務大輔, as the treaties' Japanese texts and the summaries write them. A related-to role is a short noun, as
 * role-table.ts writes its links (補完, 改正).
 */
export const ROLE_PROSE_F: Readonly<Record<string, string>> = {
  // Signers of the Bakumatsu treaties (1858-1867).
  "signed by Yevfimy Putyatin, Russia's plenipotentiary": "ロシア全権エフィム・プチャーチンが署名",
  "signed by the plenipotentiaries of the Tokugawa shogunate": "江戸幕府の全権が署名",
  "signed by Isidoro Francisco Guimarães, governor of Macau": "マカオ総督イジドロ・フランシスコ・ギマランイスが署名",
  "signed by the foreign magistrates Mizoguchi Sanuki-no-kami and Sakai Oki-no-kami and by Matsudaira Jirobei": "外国奉行溝口讃岐守・酒井隠岐守と松平次郎兵衛が署名",
  "signed by Count Friedrich Albrecht zu Eulenburg, envoy of the Prince Regent of Prussia": "プロイセン摂政の使節フリードリヒ・アルブレヒト・ツー・オイレンブルク伯爵が署名",
  "signed by Muragaki Awaji-no-kami (Norimasa), Takemoto Zusho-no-kami and Kurokawa (黒川左中) for the shogun": "将軍のために村垣淡路守（範正）・竹本図書頭・黒川左中が署名",
  // The Federal Council named Humbert its envoy; the sources read do not list the signatories (the statement's note).
  "negotiated by Aimé Humbert, envoy extraordinary of the Swiss Federal Council": "スイス連邦参事会の特派使節エメ・アンベールが交渉",
  "negotiated and signed by Auguste t'Kint de Roodenbeke": "オーギュスト・トキント・ド・ローデンベークが交渉・署名",
  "signed by Vittorio Arminjon, naval officer and envoy of the King of Italy": "海軍軍人でイタリア国王の使節ヴィットリオ・アルミニヨンが署名",
  "signed by the foreign magistrates Shibata Takenaka and Asahina Masahiro and the inspector Ushigome Chūzaemon": "外国奉行柴田剛中・朝比奈昌広と目付牛込忠左衛門が署名",
  "concluded for the King of Denmark by Dirk de Graeff van Polsbroek, the Netherlands' political agent and consul general in Japan":
    "オランダの駐日総領事兼外交代表ディルク・デ・グラーフ・ファン・ポルスブルックがデンマーク国王のために締結",
  "concluded for the shogun (Tokugawa Yoshinobu); its conclusion was announced by four members of the Rōjū": "将軍（徳川慶喜）のために締結、老中4名がその締結を告げた",
  "last treaty of friendship and commerce of the Tokugawa shogunate": "江戸幕府最後の修好通商条約",
  // Signers of the Meiji government's first treaties (1868-1873).
  "signed by Higashikuze Michitomi, vice-chief, and Terashima Munenori and Iseki Moritome, judges of the Foreign Affairs office":
    "東久世通禧外国官副知事、寺島宗則・井関盛艮外国官判事が署名",
  "signed by José Heriberto García de Quevedo, envoy extraordinary and minister plenipotentiary to China and Annam": "在清国及安南国特命全権公使ホセ・エリベルト・ガルシア・デ・ケヴェードが署名",
  "signed by Higashikuze Michitomi, Terashima Munenori and Iseki Moritome of the Foreign Affairs office": "外国官の東久世通禧・寺島宗則・井関盛艮が署名",
  "signed for the King of Sweden and Norway by Dirk de Graeff van Polsbroek, the Netherlands' minister resident in Japan":
    "オランダの駐日弁理公使ディルク・デ・グラーフ・ファン・ポルスブルックがスウェーデン=ノルウェー国王のために署名",
  "signed by the foreign minister Sawa Nobuyoshi and the vice-minister Terashima Munenori": "澤宣嘉外務卿と寺島宗則外務大輔が署名",
  "signed by Baron Anton von Petz, rear admiral and envoy extraordinary": "海軍少将・特派全権公使アントン・フォン・ペッツ男爵が署名",
  "signed by Charles E. De Long, commissioned as Hawaii's envoy extraordinary and minister plenipotentiary to Japan": "ハワイの駐日特命全権公使に任じられたチャールズ・デロングが署名",
  "signed by the foreign minister Soejima Taneomi": "副島種臣外務卿が署名",
  "signed by Captain Aurelio García y García, Peru's envoy extraordinary and minister plenipotentiary to Japan and China": "日本及び清国駐在ペルー特命全権公使オーレリオ・ガルシア・イ・ガルシア大佐が署名",
  // Signers of the revised treaties (1895-1911).
  "signed by Akabane Shirō, Japan's plenipotentiary": "日本全権赤羽四郎が署名",
  "signed by Viscount Aoki Shūzō": "青木周蔵子爵が署名",
  "signed by Viscount Aoki Shūzō, envoy extraordinary and minister plenipotentiary": "特命全権公使青木周蔵子爵が署名",
  "signed by Freiherr von Marschall": "マルシャル男爵が署名",
  "signed by Douglas for the King of Sweden and Norway": "スウェーデン=ノルウェー国王のためにダグラスが署名",
  // Japanese writes the name 西 whatever its romanisation: the Latin spelling would be English inside a Japanese role.
  "signed by Nishi (written Nissi)": "西が署名",
  "signed by Adolf Deucher, vice-president of the Federal Council and head of the Department of Trade, Industry and Agriculture":
    "連邦参事会副議長・商工農業省長官アドルフ・ドイヒャーが署名",
  "signed by Takahira Kogorō, envoy extraordinary and minister plenipotentiary to the Swiss Confederation": "駐スイス特命全権公使高平小五郎が署名",
  "signed by Count Agenor Gołuchowski": "アゲノル・ゴウホフスキ伯爵が署名",
  "signed by Takahira Kogorō": "高平小五郎が署名",
  "signed by Katō Takaaki": "加藤高明が署名",
  "signed by Sir Edward Grey": "サー・エドワード・グレイが署名",
  "signed by Alfred von Kiderlen-Waechter": "アルフレート・フォン・キダーレン=ヴェヒターが署名",
  "signed by Chinda Sutemi": "珍田捨巳が署名",
  // Acts and counts recorded as attributes.
  "ratifications exchanged at Edo": "江戸で批准書を交換",
  "ratifications exchanged at Vienna": "ウィーンで批准書を交換",
  "ratifications exchanged at Brussels": "ブリュッセルで批准書を交換",
  // The Portuguese treaty's 24 articles (全24条).
  "number of articles": "条数",
  // How one treaty stands to another (related-to).
  "related treaty": "関連条約",
  "revises the treaties then in force": "当時有効だった条約を改正",
  "later treaty; the 1868 treaty stayed in force meanwhile": "後の条約、その間も1868年の条約が効力を維持",
  "followed the treaty on which relations had rested until 1896": "1896年まで両国関係の基礎だった条約の後継",
  supplements: "補足",
  complements: "補完",
  // The South Seas Mandate and the Trust Territory of the Pacific Islands; the Northern Mariana Islands since 1986.
  "government agency of": "政府機関",
  governed: "統治",
  // A C-class mandate of the League (委任統治領); the one strategic trusteeship of the UN (戦略的信託統治, the statement's note).
  "mandate of": "委任統治領",
  "strategic trust territory of": "戦略的信託統治領",
  // A United States commonwealth (the statement's note: 米国のコモンウェルス), as the map says it (コモンウェルスとして).
  commonwealth: "コモンウェルス",
};
