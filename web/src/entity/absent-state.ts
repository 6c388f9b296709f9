// What a state's fact box says on a day the state did not exist (South Korea in 1900, the Soviet Union in
// 2026): not four rows of "none recorded" (leaders, agreements, memberships, an alliance "no"), which read
// as if gaiko knew of no Soviet leader, but when it was formed or ended, and a link to a day it existed.
// Pure: no DOM.

/** A relationship status of the as-of engine for a state that did not exist on the day. */
type AbsentStatus = "not-yet-existing" | "no-longer-existing";

export interface Absence {
  kind: "not-yet" | "gone";
  /** The day it was formed (not-yet) or ceased to exist (gone), as EDTF; null when gaiko does not know it. */
  date: string | null;
  /** A day on which it existed, for the link: its first day, or the day before its end; null when unknown. */
  see: string | null;
}

/**
 * Whether a state did not exist on the page's day and, if so, what the box says instead of its rows.
 * `since` is the engine's day of the status (the day it ceased to exist); `exists` the span of its
 * `exists` statements (the page's section). The engine counts the end day as gone (the Soviet Union had
 * relations on 25 December 1991, not on the 26th), so the link goes to the day before; a year or month
 * end has no day before that is sure to be inside, so it gets no link.
 * @example absence("no-longer-existing", "1991-12-26", { from: "1922-12-30", to: "1991-12-26" }) // { kind: "gone", date: "1991-12-26", see: "1991-12-25" }
 * @example absence("not-yet-existing", null, { from: "1948-08-15", to: null }) // { kind: "not-yet", date: "1948-08-15", see: "1948-08-15" }
 * @example absence("diplomatic-relations", "1972-09-29", undefined) // null
 */
export function absence(status: string | undefined, since: string | null, exists: { from: string | null; to: string | null } | undefined): Absence | null {
  if (!isAbsent(status)) return null;
  if (status === "not-yet-existing") {
    const date = exact(exists?.from ?? null);
    return { kind: "not-yet", date, see: date };
  }
  const date = exact(since ?? exists?.to ?? null);
  return { kind: "gone", date, see: date ? dayBefore(date) : null };
}

function isAbsent(status: string | undefined): status is AbsentStatus {
  return status === "not-yet-existing" || status === "no-longer-existing";
}

/** A plain EDTF day, month or year (no uncertainty marks or intervals), else null. */
function exact(date: string | null): string | null {
  return date && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(date) ? date : null;
}

/** The day before a full date ("1991-12-26" → "1991-12-25", "1945-03-01" → "1945-02-28"); null for a month or year. */
export function dayBefore(date: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  const t = new Date(`${date}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() - 1);
  return t.toISOString().slice(0, 10);
}
