import { createRequire } from "node:module";

// Loaded on the first parse: a command that compares days only (holdsOn) does not pay for the grammar.
let edtfLib: typeof import("edtf").default | undefined;
const edtf = (s: string) => (edtfLib ??= (createRequire(import.meta.url)("edtf") as { default: typeof import("edtf").default }).default)(s);

/** The last representable day, used for open ("..") ends. */
export const OPEN_END = "9999-12-31";

/** The first representable day, used for open ("..") starts: a state that existed long before 1850. */
export const OPEN_START = "0001-01-01";

/** A day as an ISO string `YYYY-MM-DD`; compares correctly as text for years 0001–9999. */
export type Day = string;

/**
 * A statement's time, reduced to day bounds so that "as of" questions become comparisons.
 * `start` and `end` each carry the earliest and latest day they may fall on (a bare year `1956`
 * spans 1956-01-01…1956-12-31). `end` is `open` for an interval still running (`1956-12-12/..`)
 * and `unknown` when it ended at some unknown time or we do not know whether it ended (`1956/`).
 */
export interface TimeBounds {
  edtf: string;
  shape: "point" | "interval";
  /** `open` for a start written `..`: before the period gaiko covers (a state older than its records). */
  start: { min: Day; max: Day; open?: boolean };
  end: { min: Day; max: Day; open: boolean; unknown: boolean };
}

function toDay(ms: number): Day {
  const iso = new Date(ms).toISOString();
  return iso.startsWith("-") || iso.startsWith("+") ? iso.slice(0, 11) : iso.slice(0, 10);
}

function bounds(part: { min: number; max: number }): { min: Day; max: Day } {
  return { min: toDay(part.min), max: toDay(part.max) };
}

/**
 * Parses an EDTF (ISO 8601-2) string into day bounds, or returns an error message.
 *
 * @example parseTime("1956-12-12/..") // { shape: "interval", start: {min:"1956-12-12",...}, end: { open: true, ... } }
 * @example parseTime("1972-06-31")    // { error: "…" }
 */
export function parseTime(s: string): TimeBounds | { error: string } {
  let t = parsed.get(s);
  if (!t) {
    // Bounded: a server parses what people type (as-of days).
    if (parsed.size >= 50_000) parsed.clear();
    parsed.set(s, (t = frozen(parseTimeOnce(s))));
  }
  return t;
}

/**
 * Each string's parse, kept: a build parses the same few thousand times once per statement, twice (the
 * schema, then the statement's bounds), and the grammar costs ~1 ms a parse. Callers never change a result.
 */
const parsed = new Map<string, TimeBounds | { error: string }>();

/** A kept result, frozen: a caller that changed one would change every later parse of the string. */
function frozen(t: TimeBounds | { error: string }): TimeBounds | { error: string } {
  if (!isTimeError(t)) (Object.freeze(t.start), Object.freeze(t.end));
  return Object.freeze(t);
}

function parseTimeOnce(s: string): TimeBounds | { error: string } {
  const plain = parsePlain(s);
  if (plain) return plain;
  return parseByGrammar(s);
}

/**
 * `parseTime` through the EDTF grammar alone, as every string was read before `parsePlain`: exported so that a
 * test can hold the two to the same answers.
 */
export function parseByGrammar(s: string): TimeBounds | { error: string } {
  try {
    const t = parseEdtf(s);
    if (isTimeError(t)) return t;
    const days = [t.start.min, t.start.max, t.end.min, t.end.max];
    if (days.some((x) => !/^\d{4}-\d{2}-\d{2}$/.test(x))) return { error: `"${s}" lies outside the years 0001–9999 that gaiko can compare` };
    return t;
  } catch {
    // The edtf library throws RangeError on dates past JavaScript's range (Y170000002).
    return { error: `"${s}" lies outside the years 0001–9999 that gaiko can compare` };
  }
}

/** A year from 1000 on, with its month and day where written (`1956`, `1956-12`, `1956-12-12`). */
const PLAIN = /^([1-9]\d{3})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The first and last day of a plain date (see PLAIN), or undefined for any other text or a day that does not exist. */
function plainBounds(text: string): { min: Day; max: Day } | undefined {
  const m = PLAIN.exec(text);
  if (!m) return undefined;
  const [, y, mm, dd] = m as unknown as [string, string, string | undefined, string | undefined];
  if (mm === undefined) return { min: `${y}-01-01`, max: `${y}-12-31` };
  const month = Number(mm);
  if (month < 1 || month > 12) return undefined;
  const last = new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
  if (dd === undefined) return { min: `${y}-${mm}-01`, max: `${y}-${mm}-${last}` };
  const day = Number(dd);
  return day >= 1 && day <= last ? { min: text, max: text } : undefined;
}

/**
 * The common forms read without the grammar, with the grammar's answer: a plain date (`1956`, `1956-12`,
 * `1956-12-12`) or an interval of two, or of one and `..` (an open end or start), or one and nothing (an
 * unknown end). Undefined for any other text, a day that does not exist, or an interval whose end does not
 * come after its start as the grammar reads them (it compares their first days): those go to the grammar,
 * which says what is wrong. Loading the grammar and its first parses cost a cold `gaiko show` some 30 ms
 * for 33 dated names, about 1 ms a string.
 *
 * @example parsePlain("1956-12-12/..") // { edtf: "1956-12-12/..", shape: "interval", start: { min: "1956-12-12", max: "1956-12-12" }, end: { min: "9999-12-31", … open: true } }
 * @example parsePlain("1613~") // undefined: the grammar reads it
 */
function parsePlain(s: string): TimeBounds | undefined {
  const slash = s.indexOf("/");
  if (slash < 0) {
    const b = plainBounds(s);
    return b && { edtf: s, shape: "point", start: b, end: { ...b, open: false, unknown: false } };
  }
  const startText = s.slice(0, slash);
  const endText = s.slice(slash + 1);
  const openStart = startText === "..";
  const start: TimeBounds["start"] | undefined = openStart ? { min: OPEN_START, max: OPEN_START, open: true } : plainBounds(startText);
  if (!start) return undefined;
  if (endText === "..") return { edtf: s, shape: "interval", start, end: { min: OPEN_END, max: OPEN_END, open: true, unknown: false } };
  if (endText === "") return openStart ? undefined : { edtf: s, shape: "interval", start, end: { min: start.min, max: OPEN_END, open: false, unknown: true } };
  const end = plainBounds(endText);
  if (!end || (!openStart && end.min <= start.min)) return undefined;
  return { edtf: s, shape: "interval", start, end: { ...end, open: false, unknown: false } };
}

function parseEdtf(s: string): TimeBounds | { error: string } {
  let d: ReturnType<typeof edtf>;
  try {
    d = edtf(s);
  } catch (e) {
    const first = String((e as Error).message).split("\n")[0] ?? "";
    // The library refuses an interval that ends before it starts as an "invalid upper bound": say so plainly.
    if (first.startsWith("invalid upper bound")) return { error: `the EDTF interval "${s}" ends before it starts — swap the two dates, or correct the one that is wrong` };
    return { error: `"${s}" is not a valid EDTF date (${first.trim().replace(/:$/, "")})` };
  }
  if (d.type === "Interval") {
    const [startText = "", endText = ""] = s.split("/");
    // An open end is Infinity in the edtf library, an unknown one undefined.
    const bound = (b: unknown) => (b && typeof b === "object" ? (b as { min: number; max: number }) : undefined);
    const lower = bound((d as unknown as { lower?: unknown }).lower);
    const upper = bound((d as unknown as { upper?: unknown }).upper);
    if (!lower && startText !== "..") return { error: "an interval needs a known start; write the start as a year if only that is known (e.g. 1956/..), or .. for a start long before 1850" };
    const start = lower ? bounds(lower) : { min: OPEN_START, max: OPEN_START, open: true };
    if (endText === "..") return { edtf: s, shape: "interval", start, end: { min: OPEN_END, max: OPEN_END, open: true, unknown: false } };
    if (!upper) return { edtf: s, shape: "interval", start, end: { min: start.min, max: OPEN_END, open: false, unknown: true } };
    const end = bounds(upper);
    if (end.max < start.min) return { error: `the interval ends (${endText}) before it starts` };
    return { edtf: s, shape: "interval", start, end: { ...end, open: false, unknown: false } };
  }
  if (d.type === "Date" || d.type === "Year" || d.type === "Season") {
    const b = bounds(d as unknown as { min: number; max: number });
    return { edtf: s, shape: "point", start: b, end: { ...b, open: false, unknown: false } };
  }
  return { error: `EDTF ${d.type} values are not supported here; use a date, a year, or an interval` };
}

/** True when `parseTime` failed. */
export function isTimeError(t: TimeBounds | { error: string }): t is { error: string } {
  return "error" in t;
}

/** Whether a relation held on `day`: "yes", "no", or "uncertain" when the day falls inside a fuzzy bound. */
export type Holds = "yes" | "no" | "uncertain";

/**
 * As-of semantics: a relation holds from its start day up to, but not including, its end day
 * (the end is the day it ended: relations with the ROC ended 1972-09-29, the day relations with the PRC began).
 *
 * @example holdsOn(parseTime("1952-04-28/1972-09-29") as TimeBounds, "1972-09-29") // "no"
 */
export function holdsOn(t: Pick<TimeBounds, "start" | "end">, day: Day): Holds {
  if (day < t.start.min) return "no";
  if (!t.end.open && !t.end.unknown && day >= t.end.max) return "no";
  if (t.end.open) return day >= t.start.max ? "yes" : "uncertain";
  if (t.end.unknown) return "uncertain";
  return day >= t.start.max && day < t.end.min ? "yes" : "uncertain";
}

/**
 * The last day a user-supplied date can mean, for the end of a range: `1952` → `1952-12-31`.
 *
 * @example lastDay("1952-02") // "1952-02-29"
 */
export function lastDay(input: string): Day | { error: string } {
  const t = parseTime(input);
  if (isTimeError(t)) return t;
  if (t.shape !== "point") return { error: "give a single date such as 1972-09-29, 1975-06 or 1975" };
  return t.start.max;
}

/**
 * Normalises a user-supplied as-of date to a day: a bare year or month means its first day.
 *
 * @example asOfDay("1975") // "1975-01-01"
 */
export function asOfDay(input: string): Day | { error: string } {
  const t = parseTime(input);
  if (isTimeError(t)) return t;
  if (t.shape !== "point") return { error: "as-of needs a single date such as 1972-09-29, 1975-06 or 1975" };
  return t.start.min;
}
