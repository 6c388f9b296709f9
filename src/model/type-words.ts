/**
 * An entity's type as a reader is told it ("peace treaty", 平和条約), in English and Japanese: the words the
 * explorer's entity pages and lists use, and the server's HTML shell before them ("Agreement · peace treaty",
 * not the slug "Agreement · peace"). Imports nothing, so the browser may run it (web/src/layer.test.ts).
 */

type Lang = "en" | "ja";

/** Every type's words; exported for the test that no two read alike. */
export const TYPES: Record<string, [en: string, ja: string]> = {
  sovereign: ["sovereign state", "主権国家"],
  historical: ["historical state", "歴史上の国家"],
  convention: ["convention", "条約"],
  // 貿易協定 (as in 日中貿易協定, 自由貿易協定), not 通商協定: beside commerce's 通商 the list's type filter offered
  // 通商 and 通商協定, two words a reader could not tell apart (READ37).
  trade: ["trade agreement", "貿易協定"],
  declaration: ["declaration", "宣言"],
  "arms-control": ["arms control", "軍備管理"],
  security: ["security", "安全保障"],
  peace: ["peace treaty", "平和条約"],
  commerce: ["commerce", "通商"],
  friendship: ["friendship", "友好"],
  protocol: ["protocol", "議定書"],
  alliance: ["alliance", "同盟"],
  territorial: ["territorial", "領土"],
  maritime: ["maritime", "海洋"],
  incident: ["incident", "事件"],
  summit: ["summit", "首脳会議"],
  visit: ["visit", "訪問"],
  negotiation: ["negotiation", "交渉"],
  war: ["war", "戦争"],
  conference: ["conference", "会議"],
  deployment: ["deployment", "派遣"],
  statement: ["statement", "声明"],
  sanction: ["sanction", "制裁"],
  test: ["test", "実験"],
  attack: ["attack", "攻撃"],
  battle: ["battle", "戦闘"],
  protest: ["protest", "抗議"],
  crisis: ["crisis", "危機"],
  city: ["city", "都市"],
  island: ["island", "島"],
  "island-group": ["islands", "諸島"],
  region: ["region", "地域"],
  base: ["base", "基地"],
  sea: ["sea", "海域"],
  site: ["site", "史跡"],
  "un-body": ["UN body", "国連機関"],
  forum: ["forum", "フォーラム"],
  igo: ["intergovernmental organisation", "政府間機関"],
  regional: ["regional organisation", "地域機関"],
  financial: ["financial institution", "金融機関"],
  agency: ["agency", "機関"],
  law: ["law", "法律"],
  guidelines: ["guidelines", "指針"],
  principle: ["principle", "原則"],
  strategy: ["strategy", "戦略"],
  // Types a list page showed in English on Japanese pages (issue 15).
  associated: ["associated state", "自由連合国"],
  observer: ["observer", "オブザーバー"],
  "limited-recognition": ["state with limited recognition", "承認が限定的な国家"],
  "political-party": ["political party", "政党"],
  company: ["company", "企業"],
  ngo: ["non-governmental organisation", "非政府組織"],
  court: ["court", "裁判所"],
  communique: ["communiqué", "共同声明"],
  normalization: ["normalisation", "国交正常化"],
  surrender: ["surrender", "降伏"],
  charter: ["charter", "憲章"],
  "basic-relations": ["basic relations", "基本関係"],
  rock: ["rock", "岩礁"],
  election: ["election", "選挙"],
  founding: ["founding", "設立"],
  apology: ["apology", "謝罪"],
  initiative: ["initiative", "構想"],
  constitution: ["constitution", "憲法"],
  doctrine: ["doctrine", "ドクトリン"],
  // In the schema but missing here: 41 agreements' pages and list rows said "INVESTMENT" / "investment" in Japanese.
  investment: ["investment agreement", "投資協定"],
  strait: ["strait", "海峡"],
};

/**
 * An entity's type as words ("other" says nothing and is left out).
 * @example typeWords("sovereign", "ja") // "主権国家"
 */
export function typeWords(type: string | null, lang: Lang): string | null {
  if (!type || type === "other") return null;
  return TYPES[type]?.[lang === "ja" ? 1 : 0] ?? type.replace(/-/g, " ");
}
