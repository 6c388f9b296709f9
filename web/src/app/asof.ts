/**
 * Whether the date in an address (`?asOf=`) is one the explorer can show: a year, a month or a real
 * calendar day between 0001 and 9999. An impossible one (1972-02-30, 1975-13, banana) is reported with
 * the reason and, when it is a day past its month's end, the month's last day to offer instead, so
 * that no view silently shows another date. The server applies the same rule (src/server/shell.ts).
 * Pure.
 */
export type AsOfCheck =
  | { state: "none" }
  | { state: "ok"; value: string }
  | { state: "invalid"; value: string; reason: "not-a-date" | "no-such-month" | "no-such-day"; instead: string | null };

const SHAPE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Days in a month of the proleptic Gregorian calendar. @example daysIn(1972, 2) // 29 */
export function daysIn(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Checks an address's asOf value.
 * @example checkAsOf("1972-02-30") // { state: "invalid", value: "1972-02-30", reason: "no-such-day", instead: "1972-02-29" }
 * @example checkAsOf(null) // { state: "none" }
 */
export function checkAsOf(value: string | null | undefined): AsOfCheck {
  if (value === null || value === undefined || value === "") return { state: "none" };
  const m = SHAPE.exec(value);
  if (!m || m[1] === "0000") return { state: "invalid", value, reason: "not-a-date", instead: null };
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) : null;
  if (month !== null && (month < 1 || month > 12)) return { state: "invalid", value, reason: "no-such-month", instead: `${m[1]}` };
  if (month !== null && m[3]) {
    const day = Number(m[3]);
    const last = daysIn(year, month);
    if (day < 1 || day > last) return { state: "invalid", value, reason: "no-such-day", instead: day < 1 ? `${m[1]}-${m[2]}` : `${m[1]}-${m[2]}-${String(last).padStart(2, "0")}` };
  }
  return { state: "ok", value };
}
