import { memo } from "react";
import type { TimelineItem } from "../api/types.js";
import type { Lang } from "../i18n/dict.js";
import { nameIn } from "../i18n/dict.js";
import { formatDate } from "../time/dates.js";
import type { Mark } from "./layout.js";
import { itemDate } from "./items.js";

interface Props {
  marks: readonly Mark[];
  /** The rows drawn, top to bottom, and where the first begins and how tall each is. */
  rows: readonly number[];
  top: number;
  rowHeight: number;
  left: number;
  lang: Lang;
}

/**
 * The chart's marks: one circle per item, with its date and statement as a tooltip. Each mark keeps its
 * key from one view to the next and its tooltip is written once per item and language, so a zoom step
 * only moves the circles already drawn (thousands of them on the unfiltered timeline).
 */
export const TimelineMarks = memo(function TimelineMarks({ marks, rows, top, rowHeight, left, lang }: Props) {
  const centre = new Map(rows.map((row, i) => [row, top + i * rowHeight + rowHeight / 2]));
  return (
    <>
      {marks.map((m) => (
        <circle key={m.key} cx={left + m.x} cy={centre.get(m.row)! + m.dy} r={4} className={`mark edge-${m.item.edge} p-${m.item.statement.p}`}>
          <title>{markTitle(m.item, lang)}</title>
        </circle>
      ))}
    </>
  );
});

const titles = { en: new WeakMap<TimelineItem, string>(), ja: new WeakMap<TimelineItem, string>() };

/**
 * A mark's tooltip: its date, then the statement in words.
 * @example markTitle(item, "en") // "29 Sep 1972 · Japan diplomatic relations with China"
 */
export function markTitle(item: TimelineItem, lang: Lang): string {
  const known = titles[lang].get(item);
  if (known !== undefined) return known;
  const s = item.statement;
  const name = (n: { en: string; ja: string | null }) => nameIn(lang, n);
  const text = `${formatDate(lang, itemDate(item))} · ${name(s.subject.name)} ${s.label[lang]} ${s.object ? name(s.object.name) : (s.value ?? "")}`;
  titles[lang].set(item, text);
  return text;
}
