import type { Day } from "../model/time.js";

/** A time expression found in a text: its span, its reading as EDTF, and the days it can mean. */
export interface TimeMention {
  start: number;
  end: number;
  text: string;
  edtf: string;
  min: Day;
  max: Day;
  /** A range or decade ("1945–1952", "the 1980s") rather than a date. */
  span: boolean;
}

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const MON = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
const YEAR = "(1[0-9]{3}|20[0-9]{2})";

/** Japanese era names and the Gregorian year of each era's first year. */
export const ERAS: Record<string, number> = { 明治: 1868, 大正: 1912, 昭和: 1926, 平成: 1989, 令和: 2019 };

const pad = (n: number) => String(n).padStart(2, "0");
const lastDayOf = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const monthIndex = (s: string) => MONTHS.findIndex((m) => m.startsWith(s.toLowerCase().replace(".", "").slice(0, 3)));

function day(y: number, m: number, d: number): { edtf: string; min: Day; max: Day } | undefined {
  if (m < 1 || m > 12 || d < 1 || d > lastDayOf(y, m)) return undefined;
  const s = `${y}-${pad(m)}-${pad(d)}`;
  return { edtf: s, min: s, max: s };
}
const month = (y: number, m: number) => (m >= 1 && m <= 12 ? { edtf: `${y}-${pad(m)}`, min: `${y}-${pad(m)}-01`, max: `${y}-${pad(m)}-${pad(lastDayOf(y, m))}` } : undefined);
const year = (y: number) => ({ edtf: String(y), min: `${y}-01-01`, max: `${y}-12-31` });
const range = (a: number, b: number) => (b >= a ? { edtf: `${a}/${b}`, min: `${a}-01-01`, max: `${b}-12-31` } : undefined);

interface Rule {
  re: RegExp;
  read: (m: RegExpExecArray) => { edtf: string; min: Day; max: Day } | undefined;
  span?: boolean;
}

const eraYear = (era: string, n: string) => ERAS[era]! + (n === "元" ? 1 : Number(n)) - 1;

/** Most specific first: a position taken by an earlier rule is not read again by a later one. */
const RULES: Rule[] = [
  { re: /(明治|大正|昭和|平成|令和)(元|\d{1,2})年(\d{1,2})月(\d{1,2})日/g, read: (m) => day(eraYear(m[1]!, m[2]!), Number(m[3]), Number(m[4])) },
  { re: /(明治|大正|昭和|平成|令和)(元|\d{1,2})年(\d{1,2})月/g, read: (m) => month(eraYear(m[1]!, m[2]!), Number(m[3])) },
  { re: /(明治|大正|昭和|平成|令和)(元|\d{1,2})年/g, read: (m) => year(eraYear(m[1]!, m[2]!)) },
  { re: /(\d{4})年(\d{1,2})月(\d{1,2})日/g, read: (m) => day(Number(m[1]), Number(m[2]), Number(m[3])) },
  { re: /(\d{4})年(\d{1,2})月/g, read: (m) => month(Number(m[1]), Number(m[2])) },
  { re: /(\d{4})年代/g, read: (m) => range(Number(m[1]), Number(m[1]) + 9), span: true },
  { re: /(\d{4})年/g, read: (m) => year(Number(m[1])) },
  { re: /\b(\d{4})-(\d{2})-(\d{2})\b/g, read: (m) => day(Number(m[1]), Number(m[2]), Number(m[3])) },
  { re: new RegExp(`\\b${MON}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+${YEAR}\\b`, "gi"), read: (m) => day(Number(m[3]), monthIndex(m[1]!) + 1, Number(m[2])) },
  { re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MON},?\\s+${YEAR}\\b`, "gi"), read: (m) => day(Number(m[3]), monthIndex(m[2]!) + 1, Number(m[1])) },
  { re: new RegExp(`\\b${MON},?\\s+${YEAR}\\b`, "gi"), read: (m) => month(Number(m[2]), monthIndex(m[1]!) + 1) },
  { re: new RegExp(`\\b(?:between\\s+)${YEAR}\\s+and\\s+${YEAR}\\b`, "gi"), read: (m) => range(Number(m[1]), Number(m[2])), span: true },
  { re: new RegExp(`\\b(?:from\\s+)${YEAR}\\s+(?:to|until|till)\\s+${YEAR}\\b`, "gi"), read: (m) => range(Number(m[1]), Number(m[2])), span: true },
  { re: new RegExp(`\\b${YEAR}\\s*[–—-]\\s*(\\d{2,4})\\b`, "g"), read: (m) => range(Number(m[1]), m[2]!.length === 2 ? Number(m[1]!.slice(0, 2) + m[2]) : Number(m[2])), span: true },
  { re: new RegExp(`\\b(?:the\\s+)?${YEAR.replace("[0-9]{3}", "[0-9]{2}0").replace("[0-9]{2})", "[0-9]0)")}s\\b`, "gi"), read: (m) => range(Number(m[1]), Number(m[1]) + 9), span: true },
  { re: new RegExp(`\\b${YEAR}\\b(?![-–]\\d)`, "g"), read: (m) => year(Number(m[1])) },
];

/**
 * Finds dates, months, years, ranges and decades in English and Japanese, including era years
 * (昭和53年 = 1978). Text should be NFKC-normalised first so full-width digits read as digits.
 *
 * @example findTimes("signed on August 12, 1978 (昭和53年)").map(t => t.edtf) // ["1978-08-12", "1978"]
 */
export function findTimes(text: string): TimeMention[] {
  const taken = new Uint8Array(text.length);
  const out: TimeMention[] = [];
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = rule.re.exec(text))) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.subarray(start, end).some(Boolean)) continue;
      const t = rule.read(m);
      if (!t) continue;
      taken.fill(1, start, end);
      out.push({ start, end, text: m[0], ...t, span: Boolean(rule.span) });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
