// The list pages' "Sort by" as a choice in the page's language ("Signed, latest first", 署名（新しい順）),
// not a box where a reader had to know the API's keys (in-force, -signed). Pure: no DOM.
import type { MessageKey } from "../i18n/dict.js";
import type { Lang } from "../i18n/dict.js";
import type { ListKind } from "./list-query.js";

type Order = "date" | "text";

/**
 * Each kind's sort keys as the API takes them (src/kb/list: agreements.ts, spans.ts, events, disputes,
 * missions.ts), the column they sort by, and whether they are dates or English words; the first is the
 * kind's default. The web may not import src/kb: a key dropped there makes the API refuse it, which
 * the list page's browser test would show.
 */
const SORTS: Record<ListKind, readonly (readonly [key: string, column: MessageKey, order: Order])[]> = {
  agreements: [["signed", "list.col.signed", "date"], ["in-force", "list.col.inForce", "date"], ["ended", "list.col.ended", "date"], ["name", "list.col.agreement", "text"], ["type", "list.col.type", "text"]],
  memberships: [["from", "list.col.from", "date"], ["to", "list.col.to", "date"], ["member", "list.col.member", "text"], ["organization", "list.col.organisation", "text"]],
  offices: [["from", "list.col.from", "date"], ["to", "list.col.to", "date"], ["holder", "list.col.holder", "text"], ["role", "list.col.office", "text"]],
  events: [["date", "list.col.date", "date"], ["name", "list.col.event", "text"], ["type", "list.col.type", "text"]],
  disputes: [["name", "list.col.dispute", "text"], ["from", "list.col.from", "date"], ["type", "list.col.type", "text"]],
  missions: [["from", "list.col.from", "date"], ["to", "list.col.to", "date"], ["sender", "list.col.sender", "text"], ["host", "list.col.host", "text"], ["type", "list.col.type", "text"], ["city", "list.col.city", "text"]],
};

// Names and types sort by their English words (the API's order), which the Japanese says.
const ORDER_WORDS: Record<Lang, Record<Order, [asc: string, desc: string]>> = {
  en: { date: [", earliest first", ", latest first"], text: [", A to Z", ", Z to A"] },
  ja: { date: ["（古い順）", "（新しい順）"], text: ["（英語表記のA→Z順）", "（英語表記のZ→A順）"] },
};

/**
 * The options of a list's Sort by: its default order first (value "", the API's default), then every key
 * each way; a value from the URL that is no option (an old link) is kept as itself.
 * @example sortOptions("agreements", "en", (k) => k === "list.col.signed" ? "Signed" : k)[1] // { value: "-signed", label: "Signed, latest first" }
 */
export function sortOptions(kind: ListKind, lang: Lang, t: (key: MessageKey) => string, current = ""): { value: string; label: string }[] {
  const [first, ...rest] = SORTS[kind];
  const words = ORDER_WORDS[lang];
  const label = (column: MessageKey, order: Order, desc: boolean) => `${t(column)}${words[order][desc ? 1 : 0]}`;
  const options = [
    { value: "", label: label(first![1], first![2], false) },
    { value: `-${first![0]}`, label: label(first![1], first![2], true) },
    ...rest.flatMap(([key, column, order]) => [
      { value: key, label: label(column, order, false) },
      { value: `-${key}`, label: label(column, order, true) },
    ]),
  ];
  const kept = current.trim();
  return kept && !options.some((o) => o.value === kept) && kept !== first![0] ? [...options, { value: kept, label: kept }] : options;
}

/** The value the select shows for a sort in the address: the default key written out is the default. @example sortValue("agreements", "signed") // "" */
export function sortValue(kind: ListKind, current: string): string {
  return current.trim() === SORTS[kind][0]![0] ? "" : current.trim();
}
