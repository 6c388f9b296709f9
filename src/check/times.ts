import type { Day } from "../model/time.js";

/** A time expression found in a text: its span, its reading as EDTF, and the days it can mean. */
export interface TimeMention {
  start: number;
  end: number;
  text: string;
  edtf: string;
  min: Day;
  max: Day;
  /** A range, decade or century ("1945–1952", "the 1980s") rather than a date. */
  span: boolean;
  /** Both ends written out ("1930–1945", "from 1945 to 1952"): the text dates a whole span. */
  bounds?: boolean;
  /**
   * For a date counted back from an anniversary ("2022 … the 50th anniversary of normalisation"): the part of the text
   * it dates (the words naming what is remembered); no claim outside it takes this date, and none inside takes another.
   */
  scope?: [number, number];
}

export const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
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
  /** Reads a match; `today` is the check's day, for the words that mean the present. */
  read: (m: RegExpExecArray, today: Day) => { edtf: string; min: Day; max: Day } | undefined;
  span?: boolean;
  bounds?: boolean;
}

/** Years of a part of a decade or century, generously: "early" is its first 40 %, "mid" 30–70 %, "late" its last 40 %. */
function part(first: number, length: number, which: string | undefined) {
  const w = which?.toLowerCase();
  const [a, b] = w === "early" ? [0, 0.4] : w?.startsWith("mid") ? [0.3, 0.7] : w === "late" ? [0.6, 1] : [0, 1];
  return range(first + Math.round(a * length), first + Math.round(b * length) - 1);
}
const ORDINAL = "(1[1-9]|2[01])(?:st|nd|rd|th)";
const PART = "(?:(early|mid|late)[- ]?)?";

const eraYear = (era: string, n: string) => ERAS[era]! + (n === "元" ? 1 : Number(n)) - 1;

/** Days from one to another (both ends written): "2019-08-28/2019-08-30". */
function days(y: number, m1: number, d1: number, m2: number, d2: number): { edtf: string; min: Day; max: Day } | undefined {
  const a = day(y, m1, d1);
  const b = day(y, m2, d2);
  return a && b && a.min < b.min ? { edtf: `${a.edtf}/${b.edtf}`, min: a.min, max: b.max } : undefined;
}
/** What joins the two ends of a range of days: から…まで, ～, ~, a dash, "to". */
const JA_TO = "\\s*(?:から|～|〜|~|－|–|-)\\s*";

/** The end year written with two digits, in the start's century or the next one ("1910-45" ends in 1945, "1895-45" too). */
const shortEnd = (start: number, end: number) => {
  const same = Math.floor(start / 100) * 100 + end;
  return same >= start ? same : same + 100;
};

/** A year in Japanese, with the era year in brackets before 年 as government texts write it ("1992(平成4)年"). */
// …or after 年, with 年 again or not ("1955年(昭和30)年10月19日", "1931年(昭和6)3月").
const JA_YEAR = "(\\d{4})(?:年?[(（](?:明治|大正|昭和|平成|令和)(?:元|\\d{1,2})年?[)）]年?|年)";

/** Most specific first: a position taken by an earlier rule is not read again by a later one. */
const RULES: Rule[] = [
  // Ranges of days in one year: 2019年8月28日から30日まで, 2019年8月28日～9月2日, 2019年8月28~30日, "28–30 August 2019",
  // "from 28 to 30 August 2019", "August 28–30, 2019".
  { re: new RegExp(`${JA_YEAR}(\\d{1,2})月(\\d{1,2})日${JA_TO}(?:(\\d{1,2})月)?(\\d{1,2})日(?:まで)?`, "g"), read: (m) => days(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4] ?? m[2]), Number(m[5])), span: true, bounds: true },
  { re: new RegExp(`${JA_YEAR}(\\d{1,2})月(\\d{1,2})${JA_TO}(\\d{1,2})日`, "g"), read: (m) => days(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[2]), Number(m[4])), span: true, bounds: true },
  { re: new RegExp(`\\b(?:from\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s*(?:[–—-]|to|until)\\s*(\\d{1,2})(?:st|nd|rd|th)?\\s+${MON},?\\s+${YEAR}\\b`, "gi"), read: (m) => days(Number(m[4]), monthIndex(m[3]!) + 1, Number(m[1]), monthIndex(m[3]!) + 1, Number(m[2])), span: true, bounds: true },
  { re: new RegExp(`\\b${MON}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s*(?:[–—-]|to)\\s*(\\d{1,2})(?:st|nd|rd|th)?,?\\s+${YEAR}\\b`, "gi"), read: (m) => days(Number(m[4]), monthIndex(m[1]!) + 1, Number(m[2]), monthIndex(m[1]!) + 1, Number(m[3])), span: true, bounds: true },
  { re: /(明治|大正|昭和|平成|令和)(元|\d{1,2})年(\d{1,2})月(\d{1,2})日/g, read: (m) => day(eraYear(m[1]!, m[2]!), Number(m[3]), Number(m[4])) },
  { re: /(明治|大正|昭和|平成|令和)(元|\d{1,2})年(\d{1,2})月/g, read: (m) => month(eraYear(m[1]!, m[2]!), Number(m[3])) },
  { re: /(明治|大正|昭和|平成|令和)(元|\d{1,2})年/g, read: (m) => year(eraYear(m[1]!, m[2]!)) },
  { re: new RegExp(`${JA_YEAR}(\\d{1,2})月(\\d{1,2})日`, "g"), read: (m) => day(Number(m[1]), Number(m[2]), Number(m[3])) },
  { re: new RegExp(`${JA_YEAR}(\\d{1,2})月`, "g"), read: (m) => month(Number(m[1]), Number(m[2])) },
  // Years from one to another: 1972年から1975年まで, 1972年〜1975年, 1972～75年.
  { re: new RegExp(`(\\d{4})(?:年)?${JA_TO}(\\d{4}|\\d{2})年(?:まで)?`, "g"), read: (m) => range(Number(m[1]), m[2]!.length === 2 ? shortEnd(Number(m[1]), Number(m[2])) : Number(m[2])), span: true, bounds: true },
  { re: /(\d{4})年代/g, read: (m) => range(Number(m[1]), Number(m[1]) + 9), span: true },
  { re: new RegExp(JA_YEAR, "g"), read: (m) => year(Number(m[1])) },
  { re: /\b(\d{4})-(\d{2})-(\d{2})\b/g, read: (m) => day(Number(m[1]), Number(m[2]), Number(m[3])) },
  // "April 28, 1952", and "April 28 of 1952" as some write it.
  { re: new RegExp(`\\b${MON}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,|\\s+of)?\\s+${YEAR}\\b`, "gi"), read: (m) => day(Number(m[3]), monthIndex(m[1]!) + 1, Number(m[2])) },
  { re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MON},?\\s+${YEAR}\\b`, "gi"), read: (m) => day(Number(m[3]), monthIndex(m[2]!) + 1, Number(m[1])) },
  // "Sept. 2010", "September, 2010", "Sept,2010" (a comma without a space).
  { re: new RegExp(`\\b${MON}(?:,\\s*|\\s+of\\s+|\\s+)${YEAR}\\b`, "gi"), read: (m) => month(Number(m[2]), monthIndex(m[1]!) + 1) },
  { re: new RegExp(`\\b(?:between\\s+)${YEAR}\\s+and\\s+${YEAR}\\b`, "gi"), read: (m) => range(Number(m[1]), Number(m[2])), span: true },
  { re: new RegExp(`\\b(?:from\\s+)${YEAR}\\s+(?:to|until|till)\\s+${YEAR}\\b`, "gi"), read: (m) => range(Number(m[1]), Number(m[2])), span: true, bounds: true },
  { re: new RegExp(`\\b${YEAR}\\s*[–—-]\\s*(\\d{2,4})\\b`, "g"), read: (m) => range(Number(m[1]), m[2]!.length === 2 ? shortEnd(Number(m[1]), Number(m[2])) : Number(m[2])), span: true, bounds: true },
  { re: new RegExp(`\\b(?:the\\s+)?${PART}${YEAR.replace("[0-9]{3}", "[0-9]{2}0").replace("[0-9]{2})", "[0-9]0)")}s\\b`, "gi"), read: (m) => part(Number(m[2]), 10, m[1]), span: true },
  { re: new RegExp(`\\b(?:the\\s+)?${PART}${ORDINAL}[- ]century\\b`, "gi"), read: (m) => part((Number(m[2]) - 1) * 100, 100, m[1]), span: true },
  { re: new RegExp(`\\b${YEAR}\\b(?![-–]\\d)`, "g"), read: (m) => year(Number(m[1])) },
  // "to the present day", "currently": the day the text is checked.
  { re: /\b(?:(?:to|until|till|up to|through)\s+(?:the\s+)?(?:present(?:\s+(?:day|date|time))?|this day)|at present|currently)\b|現在/gi, read: (_, today) => ({ edtf: today, min: today, max: today }) },
];

/** Whether a position from `start` to `end` is taken already (a loop: a view and a callback per match cost more). */
function anyTaken(taken: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (taken[i] !== 0) return true;
  return false;
}

const BARE_MONTH = /\b(?:in|by|until|till|from|since|early|late|mid-?|of)\s+(January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s*,?\s*\d)/g;

/**
 * Finds dates, months, years, ranges and decades in English and Japanese, including era years
 * (昭和53年 = 1978). Text should be NFKC-normalised first so full-width digits read as digits.
 *
 * @example findTimes("signed on August 12, 1978 (昭和53年)").map(t => t.edtf) // ["1978-08-12", "1978"]
 */
export function findTimes(text: string, today?: string): TimeMention[] {
  // "to the present day", "現在": the day the text is checked (the check's own today, else the clock's).
  const now = (today ?? new Date().toISOString().slice(0, 10)) as Day;
  const taken = new Uint8Array(text.length);
  const out: TimeMention[] = [];
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = rule.re.exec(text))) {
      const start = m.index;
      const end = start + m[0].length;
      if (anyTaken(taken, start, end)) continue;
      const t = rule.read(m, now);
      if (!t) continue;
      taken.fill(1, start, end);
      out.push({ start, end, text: m[0], ...t, span: Boolean(rule.span), ...(rule.bounds ? { bounds: true } : {}) });
    }
  }
  out.sort((a, b) => a.start - b.start);
  joinSpans(text, out);
  // A month without its year ("… 25 January 1614, Mexico City in March") takes the year of the date
  // just before it, within a few hundred characters.
  BARE_MONTH.lastIndex = 0;
  let m: RegExpExecArray | null;
  const bare: TimeMention[] = [];
  while ((m = BARE_MONTH.exec(text))) {
    const start = m.index + m[0].length - m[1]!.length;
    if (taken[start]) continue;
    const before = out.filter((t) => t.end <= start && start - t.end < 300 && !t.span && t.min.slice(0, 4) === t.max.slice(0, 4)).at(-1);
    const t = before && month(Number(before.min.slice(0, 4)), monthIndex(m[1]!) + 1);
    if (t && t.min >= before.min) bare.push({ start, end: start + m[1]!.length, text: m[1]!, ...t, span: false });
  }
  // "Tanaka begins a visit on Sept. 25, 1972, and four days later …", "the next day": so many days after the day
  // written just before, in the same sentence.
  RELATIVE_DAYS.lastIndex = 0;
  while ((m = RELATIVE_DAYS.exec(text))) {
    const start = m.index;
    if (taken[start]) continue;
    const before = out.filter((t) => t.end <= start && start - t.end < 200 && !t.span && t.min === t.max && /^\d{4}-\d{2}-\d{2}$/.test(t.min) && !/[.!?。]\s/.test(text.slice(t.end, start))).at(-1);
    if (!before) continue;
    const n = m[1] ? (NUMBER_WORDS[m[1].toLowerCase()] ?? Number(m[1])) * (/^week/i.test(m[2]!) ? 7 : 1) : 1;
    if (!Number.isFinite(n) || n <= 0 || n > 366) continue;
    const d = new Date(`${before.min}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + n);
    const day = d.toISOString().slice(0, 10) as Day;
    bare.push({ start, end: start + m[0].length, text: m[0], edtf: day, min: day, max: day, span: false });
  }
  // "20年2月のウクライナ侵攻", "第5回(13年)": Japanese writes a year of the century it is speaking of in two digits, with
  // a month after it or alone in brackets ("20年間", "20年前" are spans of years). The century is that of the
  // year written in full last before it; with none before, the year is not read.
  SHORT_YEAR_JA.lastIndex = 0;
  while ((m = SHORT_YEAR_JA.exec(text))) {
    const start = shortYearAt(m);
    if (start === undefined || taken[start]) continue;
    const full = out.filter((t) => t.end <= start && /^\d{4}/.test(t.min) && /\d{4}/.test(t.text)).at(-1);
    if (!full) continue;
    const last = Number(full.min.slice(0, 4));
    let y = Math.floor(last / 100) * 100 + Number(m[2]);
    if (y < last - 50) y += 100;
    const t = m[4] ? day(y, Number(m[3]), Number(m[4])) : m[3] ? month(y, Number(m[3])) : year(y);
    if (!t) continue;
    const end = start + m[0].length - (m[1]?.length ?? 0) - (m[5]?.length ?? 0);
    bare.push({ start, end, text: text.slice(start, end), ...t, span: false });
  }
  return bare.length ? [...out, ...bare].sort((a, b) => a.start - b.start) : out;
}

/**
 * Two dates written as the ends of one span, "from June 2010 to September 2011", "from 3 March 1941 until 8 December
 * 1941", "June 2010 – September 2011": one mention with both bounds (in place), as "from 1945 to 1952" is read.
 */
function joinSpans(text: string, out: TimeMention[]): void {
  for (let i = out.length - 2; i >= 0; i--) {
    const a = out[i]!;
    const b = out[i + 1]!;
    if (a.span || b.span || a.max >= b.min) continue;
    const between = text.slice(a.end, b.start);
    const from = /\bfrom\s+$/i.exec(text.slice(Math.max(0, a.start - 5), a.start));
    if (!(from && /^\s+(?:to|until|till|through)\s+$/i.test(between)) && !/^\s*[–—]\s*$|^\s+-\s+$/.test(between)) continue;
    const start = from ? a.start - from[0].length : a.start;
    out.splice(i, 2, { start, end: b.end, text: text.slice(start, b.end), edtf: `${a.edtf}/${b.edtf}`, min: a.min, max: b.max, span: true, bounds: true });
  }
}

/** A year in two digits: with its month (and day) after it, or alone in brackets ("(13年)"). */
const SHORT_YEAR_JA = /([(（])?(?<![\d元])(\d{2})年(?:(\d{1,2})月(?:(\d{1,2})日)?)?([)）])?/gu;

/** Where a SHORT_YEAR_JA match's year starts, if it is one (a month after it, or brackets round it alone). */
function shortYearAt(m: RegExpExecArray | RegExpMatchArray): number | undefined {
  return m[3] || (m[1] && m[5]) ? m.index! + (m[1]?.length ?? 0) : undefined;
}

/**
 * Whether a text (a sentence read alone, say) writes a year in two digits that `findTimes` could not read, for want
 * of a year in full before it ("ロシアは20年2月のウクライナ侵攻後"): the text gives a date, though none was read.
 *
 * @example unreadShortYear("ロシアは20年2月の侵攻後", []) // true
 */
export function unreadShortYear(text: string, times: readonly { start: number; end: number }[], offset = 0): boolean {
  for (const m of text.matchAll(SHORT_YEAR_JA)) {
    const at = shortYearAt(m);
    if (at !== undefined && !times.some((t) => t.start <= offset + at && offset + at < t.end)) return true;
  }
  return false;
}

/** "four days later", "two weeks later", "the next day", "the following day". */
const RELATIVE_DAYS = /\b(?:(one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\s+(days?|weeks?)\s+later|the\s+(?:next|following)\s+day)\b/gi;
const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

/** Words that take up the year of the sentence before: "the same year", "that year", "later that year", 同年. */
const SAME_YEAR = /\b(?:the same year|(?:later |earlier )?that (?:same )?year)\b|同年/i;
const MONTH_RE = "(January|February|March|April|May|June|July|August|September|October|November|December)";
/** A day said to be of the same year: "in the same year on November 2", "on 2 November of that year". */
const SAME_YEAR_DAY = new RegExp(
  String.raw`\b(?:(?:in|on|of) (?:the same|that) year,? (?:on|in) (?:${MONTH_RE} (\d{1,2})(?:st|nd|rd|th)?|(\d{1,2}) ${MONTH_RE})|(?:on )?(?:${MONTH_RE} (\d{1,2})|(\d{1,2}) ${MONTH_RE}),? of (?:the same|that) year)\b`,
  "gi",
);

/** An anniversary's count: "the 50th anniversary", "50 years since", 50周年, 50年目, してから50年. */
const ANNIVERSARY = /\b(\d{1,3})(?:st|nd|rd|th) anniversary\b|\b(\d{1,3}) years (?:since|after)\b|(\d{1,3})周年|(?:から|して)(\d{1,3})年目?|(\d{1,3})年目/i;

const COUNT_WORDS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, twenty: 20, fifty: 50, "a decade": 10, "two decades": 20, "three decades": 30 };
const KANJI_COUNT: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
/**
 * Words that count years from the year the sentence before gave: "two years later", "a decade later", "the following
 * year", "the year before", "three years earlier", 翌年, 前年, 2年後. "Two years after the war" counts from something
 * else, and is not read.
 */
const RELATIVE_YEAR =
  /\b(?:(a decade|two decades|three decades|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|fifty|\d{1,2}) years? (later|earlier|afterwards?)|(a decade|two decades|three decades) (later|earlier)|the (following|next|previous|preceding) year|the year (after|before)(?=\s*[,.;])|a year (later|earlier))\b|(翌々年|翌年|前年)|(?:その)?([0-9]{1,2}|[一二三四五六七八九十]{1,2})年後/i;

/** The year a relative phrase names, counted from `base`, or undefined. */
function relativeYear(m: RegExpExecArray, base: number): number | undefined {
  const kanji = (t: string) => (/^\d+$/.test(t) ? Number(t) : t.length === 2 && t[0] === "十" ? 10 + (KANJI_COUNT[t[1]!] ?? 0) : t.length === 2 && t[1] === "十" ? (KANJI_COUNT[t[0]!] ?? 0) * 10 : KANJI_COUNT[t]);
  if (m[1]) {
    const n = /^\d+$/.test(m[1]) ? Number(m[1]) : COUNT_WORDS[m[1].toLowerCase()];
    return n === undefined ? undefined : base + (/^earlier$/i.test(m[2]!) ? -n : n);
  }
  if (m[3]) return base + (/^earlier$/i.test(m[4]!) ? -1 : 1) * COUNT_WORDS[m[3].toLowerCase()]!;
  if (m[5]) return base + (/^(?:following|next)$/i.test(m[5]) ? 1 : -1);
  if (m[6]) return base + (/^after$/i.test(m[6]) ? 1 : -1);
  if (m[7]) return base + (/^later$/i.test(m[7]) ? 1 : -1);
  if (m[8]) return base + (m[8] === "翌々年" ? 2 : m[8] === "翌年" ? 1 : -1);
  if (m[9]) {
    const n = kanji(m[9]);
    return n === undefined ? undefined : base + n;
  }
  return undefined;
}

/**
 * Dates a sentence gives without writing them whole, read from its words and the dates it does write (`dated`, those
 * found in it) and the year the sentence before gave (`lastYear`): a year counted from the sentence before ("two years
 * later", 翌年), "the same year" (同年), a day "of the same year", and the year an anniversary remembers.
 *
 * @example derivedTimes("Japan joined the UN in 1956. Two years later, Kishi took office.", 29, 64, [], "1956")[0]?.edtf // "1958"
 */
export function derivedTimes(text: string, start: number, end: number, dated: readonly TimeMention[], lastYear: string | undefined): TimeMention[] {
  const slice = text.slice(start, end);
  const all = [...dated];
  const added: TimeMention[] = [];
  const add = (t: TimeMention) => {
    all.push(t);
    all.sort((a, b) => a.start - b.start);
    added.push(t);
  };
  // "In the same year, Prime Minister Eisaku Sato visited Washington", 同年: the year of the sentence before.
  const same = !all.length && lastYear ? SAME_YEAR.exec(slice) : null;
  if (same) add({ start: start + same.index, end: start + same.index + same[0].length, text: same[0], edtf: lastYear!, min: `${lastYear}-01-01`, max: `${lastYear}-12-31`, span: false });
  // "Two years later, Kishi became prime minister", 翌年: counted from the year of the sentence before.
  const relative = !all.length && lastYear ? RELATIVE_YEAR.exec(slice) : null;
  const counted = relative ? relativeYear(relative, Number(lastYear)) : undefined;
  if (relative && counted !== undefined && counted > 0 && counted < 10000) {
    const y = String(counted).padStart(4, "0");
    add({ start: start + relative.index, end: start + relative.index + relative[0].length, text: relative[0], edtf: y, min: `${y}-01-01`, max: `${y}-12-31`, span: false });
  }
  // "… on October 1, 1994 and established relations on the same year on November 2": a day and month with no year,
  // said to be of the same year, is of the year written before it in the sentence.
  for (const m of slice.matchAll(SAME_YEAR_DAY)) {
    const at = start + m.index;
    const year = all.filter((t) => t.end <= at && !t.span && t.min.slice(0, 4) === t.max.slice(0, 4)).at(-1)?.min.slice(0, 4);
    const month = MONTHS.indexOf((m[1] ?? m[4] ?? m[5] ?? m[8] ?? "").toLowerCase()) + 1;
    const day = Number(m[2] ?? m[3] ?? m[6] ?? m[7]);
    if (!year || !month || !(day >= 1 && day <= 31) || all.some((t) => t.start < at + m[0].length && at < t.end)) continue;
    const edtf = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    const said = m[0].replace(/^(?:(?:in|on|of) (?:the same|that) year,? )?(?:on|in) /i, "");
    add({ start: at + m[0].length - said.length, end: at + m[0].length, text: said, edtf, min: edtf, max: edtf, span: false });
  }
  // "2022年は日中国交正常化50周年", "2022 marks 50 years since Japan and China normalised relations": the year is the
  // anniversary's; what is remembered happened that many years before, and is dated so where the count is written.
  const anniversary = all.length ? ANNIVERSARY.exec(slice) : null;
  const years = anniversary ? Number(anniversary[1] ?? anniversary[2] ?? anniversary[3] ?? anniversary[4] ?? anniversary[5]) : NaN;
  // The anniversary's year is the sentence's own, not one a comparison reaches back to ("the first summit since 2011").
  const of = anniversary
    ? all.filter((t) => !t.span && /^\d{4}$/.test(t.edtf) && !/\b(?:since|until|till|before|after|from)\s+$/i.test(text.slice(Math.max(0, t.start - 8), t.start)) && !/^年?(?:以来|以降|以前|まで|から)/.test(text.slice(t.end, t.end + 4)))
    : [];
  if (anniversary && years > 0 && years < 1000 && of.length === 1) {
    const y = String(Number(of[0]!.edtf) - years).padStart(4, "0");
    const at = start + anniversary.index;
    const close = at + anniversary[0].length;
    // What is remembered: after "anniversary of" / "years since" up to the clause's end; before 周年 / してからN年 from
    // the clause's start.
    const after = /^(?:\d{1,3})(?:st|nd|rd|th) anniversary|^\d{1,3} years/i.test(anniversary[0]);
    const scope: [number, number] = after
      ? [close, close + (/[,;.、。]/.exec(text.slice(close, end))?.index ?? end - close)]
      : [Math.max(start, ...["、", "。", "は", "が"].map((c) => text.lastIndexOf(c, at - 1) + 1).filter((x) => x > 0)), at];
    add({ start: at, end: close, text: `${years} years before ${of[0]!.text.replace(/年$/, "")}`, edtf: y, min: `${y}-01-01`, max: `${y}-12-31`, span: false, scope });
  }
  return added;
}
