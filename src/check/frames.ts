import type { Predicate } from "../model/predicates.js";

/** The kinds of claim the checker can decide, by the predicate that decides them. */
export const FRAME_OF: Partial<Record<Predicate, string>> = {
  signed: "agreement-date",
  "in-force": "agreement-date",
  "in-effect": "policy-date",
  sanctions: "sanctions",
  occurred: "event-date",
  "diplomatic-relations": "diplomatic-status",
  recognizes: "diplomatic-status",
  "no-relations": "diplomatic-status",
  alliance: "diplomatic-status",
  administers: "administers",
  occupies: "administers",
  rules: "administers",
  "holds-territory": "administers",
  claims: "claims",
  "member-of": "membership",
  "observer-of": "membership",
  "holds-office": "office",
  "party-to": "party",
  "signatory-of": "party",
  "at-war": "war",
  founded: "event-date",
  died: "event-date",
  exists: "existence",
  adopted: "event-date",
  participant: "link",
  concerns: "link",
  "related-to": "link",
  "located-in": "link",
  "proposed-by": "link",
  attribute: "attribute",
};

/**
 * Words that evoke each predicate, in English and Japanese. A statement is only matched to a
 * sentence that names its entities AND evokes its predicate (or, for events and agreements, gives a
 * date), which keeps the checker from deciding claims the sentence does not make.
 */
export const TRIGGERS: Partial<Record<Predicate, RegExp>> = {
  // Not "initialled" nor "provisionally concluded": the text agreed, to be signed later (the Basic Treaty, 19 February 1965).
  signed: /\b(sign(?:ed|ing|s)?|ink(?:ed|s)?|(?<!\bprovisionally\s)conclu(?:de|des|ded|ding|sion)|(?<=\b(?:deal|agreement|accord|pact)\s+(?:was\s+)?)struck|struck(?=\s+(?:a|an|the)\s+(?:\w+\s+)?(?:deal|agreement|accord|pact)\b)|issu(?:e|ed|es|ing)(?=\s+(?:a|an|the|their)\s+(?:\S+\s+){0,3}(?:joint\s+)?(?:communiqu|statement|declaration))|(?<=\b(?:Declaration|Communiqu[eé]|Statement|Proclamation)\s+(?:was\s+|were\s+)?)issued)\b|署名|調印|締結|(?<=(?:条約|協定|協約|同盟|宣言|声明|取り決め)を)結[びぶんばべ]/i,
  // A law or policy made: "the security legislation was enacted in September 2015" (in effect only from March 2016).
  adopted: /\b(adopt(?:ed|s|ion)|enact(?:ed|s|ment)|(?<=\b(?:was|were|been|being|Diet|parliament|legislature)\s+)passed|passage|promulgat(?:ed|ion))\b|成立|可決|採択|制定|公布/i,
  "in-force": /\b(in(?:to)? force|took effect|came into effect|effective|expired|expiry|expiration|lapsed|terminated|termination|abrogated|abrogation|end(?:ed|ing)? the (?:state of )?war|exchanged? (?:the )?(?:instruments|documents|ratifications)(?: of ratification)?)\b|発効|失効|破棄|批准書(?:の|を)?交換/i,
  // Freezing another state's loans or aid ("freezes loans to China"). Not "restrictions on": travel restrictions eased
  // are none, and the export controls of 1940 on Japan are not recorded as sanctions.
  sanctions: /\b(sanction(?:s|ed|ing)?|embargo(?:es|ed)?|(?:freez(?:e|es|ing)|froze|frozen)(?=\s+(?:its\s+|the\s+|all\s+)?(?:\w+\s+)?(?:loans?|aid|assets|assistance|credits)\b))\b|制裁|禁輸/i,
  "diplomatic-relations": /\b(diplomatic (?:relations|ties)|normali[sz](?:ed|ation|e)d? (?:of )?(?:relations|ties)?|established (?:formal |diplomatic |official |full )*(?:relations|ties)|restor(?:ed|ation) of (?:diplomatic )?relations|broke off (?:diplomatic )?relations|severed (?:diplomatic )?relations)\b|国交|外交関係/i,
  recognizes: /\b(recogni[sz](?:ed|es|e|ing|tion))\b|承認/i,
  "no-relations": /\b(no (?:formal )?diplomatic relations|does not recogni[sz]e|not recogni[sz]ed)\b|国交(?:が|の)?ない|国交なし/i,
  // Not "quasi-ally" ("Australia, which Tokyo regards as a quasi-ally": no alliance).
  alliance: /\b((?<!\bquasi[-\s]?)all(?:y|ies|ied|iance)|defen[cs]e (?:pact|treaty)|security treaty)\b|同盟/i,
  administers: /\b(administ(?:er|ers|ered)|administration(?=\s+of\b)|(?<!['’]s\s+)administration|(?<!\b(?:export|import|arms|border|capital|price|trade|quality|currency|missile|technology)\s+)control(?:s|led)?)\b|施政|実効支配/i,
  // A conquest holds what it takes ("the Japanese conquest of Manchuria", "overran the region"); an invasion alone
  // does not (Japan invaded the Philippines in December 1941 and held them from 1942), nor "almost conquered".
  occupies: /\b(occup(?:y|ies|ied|ying|ation)|seiz(?:e|ed|es|ing)|conquest|overr(?:an|un))\b|占領|占拠/i,
  rules: /\b((?<!\b(?:a|an|the|this|that|its|their|new|no|any)\s+)rul(?:e|ed|ing)(?!\s+out\b|\s+(?:party|parties|coalition|bloc|class|elite)\b|\s+of\s+law\b|s?-based)|colon(?:y|ies|ial|i[sz]e|ized|ised)|annex(?:ed|es|ing|ation)?|protectorate)\b|統治|併合|植民地/i,
  // Holding another state's territory today's map names: a colony, an occupation, a mandate ("Japan occupied Indonesia from 1942").
  // Not "control" alone ("export controls on South Korea", "control over its bases"): only "took control of", "under … control".
  "holds-territory": /\b((?<!\b(?:a|an|the|this|that|its|their|new|no|any)\s+)rul(?:e|ed|ing)(?!\s+out\b|\s+(?:party|parties|coalition|bloc|class|elite)\b|\s+of\s+law\b|s?-based)|colon(?:y|ies|ial|i[sz]e|ized|ised|i[sz]ation)|annex(?:ed|es|ing|ation)?|occup(?:y|ies|ied|ying|ation)|mandate[ds]?|seiz(?:e|ed|es|ing)|captur(?:e|ed|es|ing)|(?:took|taken|seized|gained|assumed) control|under (?:\w+\s+)?(?:control|rule|sovereignty)|ced(?:e|ed|es|ing)|cession|(?:passed|transferred|handed over|fell) to|became (?:part of )?(?:[A-Z][a-z]+['’]s |Japanese |the )?territory)\b|統治|併合|植民地|占領|委任統治|割譲/i,
  claims: /\b(claim(?:s|ed|ing)?|sovereignty|dispute[sd]?|contest(?:s|ed|ing)?|assert(?:s|ed|ion|ions)|territorial (?:question|issue)s?|over the status of|strained relations)\b|領有権|主張|領土問題/i,
  // Leaving ends a membership: "withdrew from the League of Nations in 1933" dates its end (see END_WORDS).
  "member-of": /\b(member(?:s|ship)?|join(?:ed|s|ing)?|admitted|admission|accession|acceded|participat(?:e|es|ed|ing|ion)|takes? part|took part|seat|withdr(?:ew|aws?|awn|awal|awing)(?=\s+(?:\w+\s+){0,2}from\b))\b|加盟|加入|参加|脱退/i,
  "observer-of": /\bobserver\b|オブザーバー/i,
  "holds-office": /\b(prime minister|premier|foreign minister|minister (?:for|of) foreign affairs|president|chancellor|secretary[- ]general|emperor|supreme commander|leader)\b|首相|総理|外相|外務大臣|大統領|主席|書記長/i,
  "party-to": /\b(part(?:y|ies) to|ratif(?:y|ied|ication)|acce(?:de|ded|ssion)|signator(?:y|ies)|withdr(?:ew|awal) from|join(?:ed)?|member|participa(?:nt|tion|tes?)|takes? part|committed to|bound by)\b|締約国|批准|加盟|参加/i,
  "signatory-of": /\b(sign(?:ed|ing|s|atory|atories)?)\b|署名|調印/i,
  "located-in": /\b(?:(?:was|were|is|are|became) (?:a )?part of|belong(?:s|ed)? to|located in|(?<=,\s)the capital of)\b|に属/i,
  // A death by another's hand, said of the one who died: "was assassinated", "was shot dead" (not "assassinated X").
  died: /\b(died|dies|death|passed away|(?<=\b(?:was|were)\s+)(?:assassinated|killed|murdered|shot dead|executed))\b|死去|逝去|死亡|崩御|亡くな|暗殺され|殺害され|処刑され/i,
  // Taking part in a war or a conference: "China fought in the Korean War", "Japan took part in the conference", "China attended the Bandung Conference".
  participant: /\b(fought (?:in|on)|fought(?=\s+(?:the|a)\s)|lost|won|(?:was|were) defeated in|defeat in|victor(?:y|ious) in|took part in|takes part in|participated in|entered the war|intervened in|belligerents? in|attend(?:ed|s|ing)|sent (?:troops|forces|delegations?) to|(?:was|were) represented at)\b|参戦|参加し|出席し/i,
  "at-war": /\b(at war|wars? (?:with|against|between|on)|went to war|go(?:es)? to war|fought|invad(?:ed|es|e)|invasion of|declar(?:ed|es) war|hostilities|aggression (?:against|on))\b|交戦|開戦|宣戦|侵攻/i,
};

/**
 * Words saying a claim is about when a span began ("joined the UN in 1956"), by predicate: the date is
 * then compared with the start of the span, not with any day inside it.
 */
export const START_WORDS: Partial<Record<Predicate, RegExp>> = {
  "member-of": /\b(join(?:ed|s)?|admitted|admission|accession|acceded|became a member)\b|加盟し|加入し/i,
  "diplomatic-relations": /\b((?:re-?)?establish(?:ed|es|ing|ment)?|normali[sz]ed?|normali[sz]ation|restor(?:e|ed|es|ing|ation)|opened|resum(?:e|ed|es|ing|ption))\b|樹立|正常化|回復|再開/i,
  recognizes: /\b(recogni[sz]ed|extended recognition)\b|承認し/i,
  "holds-office": /\b(took office|taking office|assumed office|came to power|appointed|elected|became|sworn in|succeeded)\b|就任/i,
  "party-to": /\b(ratif(?:y|ies|ied|ying|ication)|acced(?:e|es|ed)|accession|joined)\b|批准|加入/i,
  alliance: /\b(formed|created|established|concluded|signed|entered into)\b|締結/i,
  exists: /\b(established|founded|proclaimed|declared|created|born|founding|establishment|proclamation|creation|birth)\b|成立|建国/i,
  "in-force": /\b(took effect|came into (?:force|effect)|entered into force|end(?:ed|ing)? the (?:state of )?war|exchanged? (?:the )?(?:instruments|documents|ratifications))\b|発効|批准書(?:の|を)?交換/i,
  // A war is declared or begun on a day: "the Soviet Union declared war on Japan in August 1945", "North Korea
  // invaded South Korea in June 1950" date its start.
  "at-war": /\b(declar(?:ed|es) war|declaration of war|went to war|go(?:es)? to war|outbreak of (?:the )?war|invad(?:ed|es|ing)|attacked)\b|宣戦布告し|開戦し|侵攻/i,
  // Taking a place is an act on a day: "seized the Kurils in 1945" dates the start of the occupation, not a day in it.
  occupies: /\b(seiz(?:e|ed|es|ing)|captur(?:e|ed|es|ing))\b|占拠し/i,
  // An invasion is not the holding: Japan invaded the Philippines in December 1941 and held them from 1942.
  // Annexing or colonising a place begins its rule ("Japan annexed Korea in 1910"), recorded as ruling it.
  // "Korea was made a Japanese protectorate in 1907" dates its start too (a year in the rule had supported it).
  rules: /\b(annex(?:ed|es|ing|ation)?|coloni[sz]ed?|coloni[sz]ation|(?:became|(?:was|were) made) (?:a |an )?(?:\w+\s+)?(?:colony|protectorate))\b|併合し|併合(?:を|が|さ)/i,
  // A claim is made on a day: "China began disputing Japan's claim in 1971", "Taiwan first claimed the islands in 1971".
  claims: /\b(began (?:\w+ly )?(?:to )?(?:claim|disput|contest)\w*|first (?:claimed|asserted|disputed)|laid claim)\b/i,
  // "Taiwan passed to Japan in 1895", "came under Japanese rule", "made Taiwan a colony" (not "acquired": "Japan
  // acquired new weapons from the United States" holds no land).
  "holds-territory": /\b(annex(?:ed|es|ing|ation)?|coloni[sz]ed?|coloni[sz]ation|seiz(?:e|ed|es|ing)|captur(?:e|ed|es|ing)|ced(?:e|ed|es|ing)|cession|became (?:a |an )?(?:\w+\s+)?(?:colony|protectorate|possession)|(?:passed|transferred|handed over|fell) to|came under|made (?:\w+\s+){1,3}(?:a |an )(?:\w+\s+)?(?:colony|protectorate|possession|dependency)|became\s+(?:part\s+of\s+)?(?:the\s+)?(?:\S+\s+)?\s*territory)\b|併合し|併合(?:を|が|さ)|割譲/i,
};

/**
 * Words saying a claim is about when a span ended ("the law ended in 2010", "closed until 1854"): the
 * date is then compared with the end of the span.
 */
export const END_WORDS = /\b(ended|ends|ending|finished|completed|until|till|expired|expiry|expiration|lapsed|terminated|termination|demise|abolished|abolition|repealed|dissolved|dissolution|ceased|abrogated|abrogation|severed|severing|severs|broke off|breaking off|cut off|withdrew|withdraws|withdrawn|withdrawal)\b|終了|廃止|失効|まで|脱退/i;

/** Predicates that hold over time (as opposed to things that happened on a date). */
export const INTERVAL: ReadonlySet<Predicate> = new Set<Predicate>([
  "diplomatic-relations", "recognizes", "no-relations", "alliance", "administers", "occupies", "rules", "holds-territory", "claims", "member-of",
  "observer-of", "holds-office", "party-to", "at-war", "in-force", "in-effect", "sanctions", "exists",
]);

/** Predicates decided for an event or agreement named with a date even without a trigger word. */
export const DATED_BY_NAME: Partial<Record<string, Predicate>> = { event: "occurred", agreement: "signed", policy: "in-effect" };

/**
 * Agreements named by description rather than by name ("a peace treaty", "the security treaty",
 * "an economic partnership agreement"): matched to agreements of these types whose parties are the
 * states the sentence names.
 */
/** `loose`: a word for any agreement of its kind between the two ("a security agreement"), so no misnomer of one. */
export const GENERIC_AGREEMENTS: { re: RegExp; types: string[]; named?: RegExp; loose?: boolean }[] = [
  { re: /\b(peace (?:and friendship )?treaty|treaty of peace(?: and friendship)?|friendship treaty|treaty of (?:amity|friendship))\b|平和条約|平和友好条約|友好条約/i, types: ["peace", "friendship"] },
  { re: /\b(security treaty|defen[cs]e treaty|mutual (?:defen[cs]e|security) treaty|alliance treaty|(?<!\b(?:information|military information|classified information)\s)(?:defen[cs]e|security) (?:agreement|pact|accord))\b|安全保障条約|同盟条約/i, types: ["security", "alliance"], loose: true },
  { re: /\b(reciprocal access agreements?|visiting forces agreements?)\b|円滑化協定/i, types: ["security"], named: /reciprocal access|visiting forces|円滑化/i },
  { re: /\b(acquisition and cross-servicing agreements?|ACSAs?)\b|物品役務相互提供協定/i, types: ["security"], named: /acquisition and cross|cross-servicing|物品役務/i },
  { re: /\b((?:information|military information) security agreements?|(?:security of information|information protection) agreements?|GSOMIAs?)\b|情報保護協定/i, types: ["security"], named: /information security|security of information|military information|情報保護/i },
  { re: /\b((?:defen[cs]e )?equipment(?: and technology)?(?: transfer| cooperation)? agreements?)\b|防衛装備品・?技術移転協定/i, types: ["security"], named: /equipment|防衛装備品/i },
  { re: /\b((?:free trade|economic partnership|trade) agreements?|EPAs?|FTAs?)\b|経済連携協定|自由貿易協定/i, types: ["trade"] },
  { re: /\b(basic (?:relations )?treaty|treaty on basic relations)\b|基本条約|基本関係条約/i, types: ["basic-relations"] },
  { re: /\b((?:non-?aggression|neutrality) (?:pact|treaty|agreement))\b|不可侵条約|中立条約/i, types: ["security"] },
  { re: /\b(joint (?:security |economic |political )?(?:communiqu[ée]|statement|declaration))\b|共同声明|共同宣言/i, types: ["communique", "declaration", "normalization"] },
  // Reparations agreements are of no type of their own: those whose name says reparations.
  { re: /\b(reparations? agreements?|agreements? on reparations?)\b|賠償協定/i, types: ["other", "peace"], named: /\breparation/i },
];
