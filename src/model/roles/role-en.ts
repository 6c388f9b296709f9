/**
 * The data's fixed roles whose words on an English page differ from the role as written: slugs
 * ("prime-minister" → "Prime Minister") and terse forms ("side A" → "one side", "colony" → "as a colony").
 * Any other role reads as written. Small and needed by every page; the explorer loads the Japanese
 * tables (role-table.ts) only on Japanese pages.
 */
export const ROLE_EN: Readonly<Record<string, string>> = {
  "prime-minister": "Prime Minister",
  president: "President",
  premier: "Premier",
  emperor: "Emperor",
  "effective-leader": "effective leader",
  "foreign-minister": "Foreign Minister",
  "chief-cabinet-secretary": "Chief Cabinet Secretary",
  "deputy-prime-minister": "Deputy Prime Minister",
  "acting-prime-minister": "acting Prime Minister",
  "defense-minister": "Defence Minister",
  "minister-of-economy-trade-and-industry": "Minister of Economy, Trade and Industry",
  "vice-premier": "Vice-Premier",
  "secretary-of-state": "Secretary of State",
  "under-secretary-of-state": "Under Secretary of State",
  "acting-president": "acting President",
  "secretary-general": "Secretary-General",
  "head-of-state": "head of state",
  "side A": "one side",
  "side B": "the other side",
  gainer: "gained territory",
  loser: "lost territory",
  sovereign: "as sovereign",
  colony: "as a colony",
  protectorate: "as a protectorate",
  occupation: "under occupation",
  mandate: "as a mandate",
  annexed: "by annexation",
  puppet: "as a puppet state",
  trust: "as a trust territory",
  nonaggression: "non-aggression",
  defense: "defence",
  offense: "offence",
  "capital (GGO)": "capital",
  "capital (COW)": "capital",
  "independence (ISD)": "independence",
  "nuclear weapons status (Bleek; NTI)": "nuclear weapons status",
};
