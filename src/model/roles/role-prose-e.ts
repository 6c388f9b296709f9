/**
 * Roles added on 7 December 2026 (session 37's data helpers) that no table or rule in roles.ts put into Japanese,
 * each read beside its statements (subject, object, value and the statement's Japanese note where it has one).
 * Names are the forms data/ gives (青木周蔵, 榎本武揚, 稲垣満次郎, デーワウォン親王, プリマコフ, 江戸幕府, 国家大会議)
 * or the ones MOFA and Japanese Wikipedia use (アレクサンドル・ゴルチャコフ, コフィー・アナン, 防護巡洋艦
 * 「カイゼリン・エリザベート」 as ja Wikipedia's 青島の戦い writes it; 主要経済国首脳会合 and アフリカ首脳等との
 * 拡大会合 as MOFA's outline of the Toyako summit; 招待国 and アウトリーチ会合 as MOFA's G7 pages). The 2022 National
 * Security Strategy's three words are the strategy's own Japanese (最大の戦略的な挑戦, 従前よりも一層重大かつ差し迫った脅威,
 * 安全保障上の強い懸念). A related-to role that names its object first is written, as in role-prose-d.ts ("に基づき
 * 建設"), with the particle that joins it to the object.
 */
export const ROLE_PROSE_E: Readonly<Record<string, string>> = {
  // Counts and memberships.
  "number of participating states": "参加国数",
  "founding member": "原加盟国",
  "member of ASEAN": "ASEAN加盟国",
  // The Forum's members include the Cook Islands and Niue, which are not states: メンバー, not 加盟国.
  "member of the Pacific Islands Forum": "太平洋諸島フォーラムのメンバー",
  "represented by the British Commonwealth member": "英連邦代表により代表された",
  "adherents not recorded here": "ここに記録していない加入国",
  "adherence by non-signatory powers": "非署名国の加入",
  "signatory countries": "署名国",
  // Offices. "chancellor" is held here only of the Federal Republic of Germany (Adenauer to Merz): 首相, as MOFA writes it.
  chancellor: "首相",
  "Chairman of the State Great Khural": "国家大会議議長",
  "National Security Advisor": "国家安全保障担当大統領補佐官",
  "Soviet Premier": "ソ連首相",
  // A reigning queen (holds-office: Elizabeth II of the United Kingdom), not a queen consort (王妃).
  queen: "女王",
  "foreign-minister (in the president's official suite)": "外務大臣（大統領の公式随員）",
  // The San Francisco Peace Conference (1951).
  "signed the peace treaty at the conference": "会議で平和条約に署名",
  "attended and refused to sign": "出席したが署名を拒否",
  // Treaties with Siam (1887, 1898) and Russia (1875): signers as data/ names them.
  "signed by Aoki Shūzō, Vice-Minister for Foreign Affairs": "青木周蔵外務次官が署名",
  "Vice-Minister for Foreign Affairs, plenipotentiary of the Emperor of Japan": "外務次官（天皇の全権委員）",
  "signed by Prince Devawongse Varoprakar, Minister for Foreign Affairs of Siam": "シャム外務大臣デーワウォン親王が署名",
  "signed by Inagaki Manjirō, Minister Resident at the Court of Siam": "稲垣満次郎駐シャム弁理公使が署名",
  "ratifications exchanged at Tokyo": "東京で批准書を交換",
  "ratifications exchanged at Bangkok": "バンコクで批准書を交換",
  "right to appoint diplomatic representatives and consuls": "外交代表と領事を任命する権利",
  "signed by Enomoto Takeaki, plenipotentiary": "榎本武揚全権が署名",
  "signed by Alexander Gorchakov, plenipotentiary": "アレクサンドル・ゴルチャコフ全権が署名",
  "Japan's plenipotentiary": "日本全権",
  // Alliances, rule and war.
  "Franco-Russian Alliance": "露仏同盟",
  "British Raj (direct rule by the Crown)": "英領インド（英国王による直接統治）",
  "signed while each party's ally was at war with the other's": "双方の同盟国が互いに交戦する中で署名",
  "defending side: the crew of the cruiser Kaiserin Elisabeth, stationed at Tsingtao, fought beside the German garrison":
    "防御側：青島に在泊していた防護巡洋艦「カイゼリン・エリザベート」の乗員がドイツ守備隊とともに戦った",
  // The Red Seal ship trade.
  "licensing state (Tokugawa shogunate)": "渡航許可を与えた国（江戸幕府）",
  "issued the red-seal licences": "朱印状を発給",
  "destination (Siam)": "渡航先（シャム）",
  "voyages to Siam recorded": "記録に残るシャムへの渡航船数",
  "ships that sailed under the licences": "朱印状を得て渡航した船数",
  // G7 summits' invited states (2008 Toyako, 2016 Ise-Shima, 2023 Hiroshima).
  "invited guest": "招待国",
  "outreach guest": "アウトリーチ会合招待国",
  "invited guest (Major Economies Meeting on energy security and climate change, 9 July)": "招待国（エネルギー安全保障と気候変動に関する主要経済国首脳会合、7月9日）",
  "invited guest (G8 and African leaders' meeting, 7 July)": "招待国（アフリカ首脳等との拡大会合、7月7日）",
  "invited guest (the African leaders' meeting of 7 July, the outreach session and the Major Economies Meeting of 9 July)":
    "招待国（7月7日のアフリカ首脳等との拡大会合、7月9日の拡大会合及び主要経済国首脳会合）",
  "outreach guest (then chair of ASEAN)": "アウトリーチ会合招待国（当時のASEAN議長国）",
  "outreach guest (then chair of the African Union)": "アウトリーチ会合招待国（当時のアフリカ連合議長国）",
  "invited guest (then chair of the G20)": "招待国（当時のG20議長国）",
  "invited guest (then chair of ASEAN)": "招待国（当時のASEAN議長国）",
  "invited guest (representing the African Union, which it chaired)": "招待国（議長国としてアフリカ連合を代表）",
  "invited guest (representing the Pacific Islands Forum, which it chaired)": "招待国（議長国として太平洋諸島フォーラムを代表）",
  "invited guest (President Zelenskyy attended in person)": "招待国（ゼレンスキー大統領が対面で出席）",
  // Hosts and talks of visits.
  "host (invitation of the Speaker of the House of Representatives)": "受入国（衆議院議長の招待）",
  "host (venue of the Japan–Peru talks, Toronto)": "受入国（日・ペルー首脳会談の開催地、トロント）",
  "host (World Summit for Social Development, Copenhagen)": "受入国（社会開発サミット、コペンハーゲン）",
  "host (New York, talks with UN Secretary-General Annan)": "受入国（ニューヨーク、アナン国連事務総長との会談）",
  "talks with Secretary-General Kofi Annan": "コフィー・アナン事務総長との会談",
  "host (G8 foreign ministers' special meeting, Lancaster House, London)": "受入国（G8外相特別会合、ランカスター・ハウス、ロンドン）",
  "foreign ministers' talks (Primakov)": "外相会談（プリマコフ外相）",
  // How one event or agreement stands to another (related-to).
  "concluded at": "で締結",
  produced: "成果文書",
  "agreed to accelerate peace-treaty talks on the basis of": "を基礎として平和条約交渉を加速させることで合意",
  "held on the sidelines of": "の機会に開催",
  "the leaders announced the opening of negotiations": "首脳が交渉開始を発表",
  "ended with": "をもって終結",
  "denounced by Seoul as retaliation for": "への報復と韓国政府が非難",
  "followed, a month later": "の1か月後に続いた",
  "earlier overflight (2017)": "以前の上空通過（2017年）",
  // Missiles of 2022, the forced-labour rulings, the Panay settlement, the 2015 security laws, Yonaguni.
  "state whose exclusive economic zone the missiles entered; lodged a protest": "ミサイルが排他的経済水域内に落下した国、抗議を申し入れた",
  "missiles inside Japan's EEZ": "日本のEEZ内に落下したミサイル",
  // The 2022 overflight's "range" is the distance the missile flew (about 4,600 km), not its maximum reach.
  range: "飛行距離",
  warning: "警報",
  "protested the rulings": "判決に抗議",
  "suits decided": "判決が出た訴訟数",
  settlement: "決着",
  promulgated: "公布",
  // Shimane Prefecture's day (22 February), as its ordinance names it.
  "Takeshima Day": "竹島の日",
  "distance from Taiwan": "台湾からの距離",
  "geographic extreme": "地理上の端",
  // The 2022 National Security Strategy on China, North Korea and Russia, in the strategy's own Japanese words.
  "described as the greatest strategic challenge": "最大の戦略的な挑戦と位置付け",
  "described as a threat more grave and imminent than before": "従前よりも一層重大かつ差し迫った脅威と位置付け",
  "described as a strong security concern": "安全保障上の強い懸念と位置付け",
};
