import { useI18n, useNav, Link } from "../app/location.js";
import { href } from "../app/route.js";
import type { MarkIndex, Placed } from "./mark-canvas.js";
import { markTitle } from "./TimelineMarks.js";
import { useRoleNames, useRoleTables } from "../i18n/Role.js";
import { nameText } from "../entity/person-name.js";

interface Props {
  index: MarkIndex;
  /** The mark under the mouse, and the one a click or a tap pinned (keys; either may be out of view now). */
  hover: string | null;
  pinned: string | null;
  width: number;
  onClose: () => void;
}

/**
 * What the marks on the canvas say: a tooltip for the mark under the mouse (its date and statement, as
 * the SVG circles' titles said) and a card for the one clicked or tapped, with a link to its subject.
 */
export function MarkTip({ index, hover, pinned, width, onClose }: Props) {
  const { t, lang } = useI18n();
  const { query } = useNav();
  const names = useRoleNames();
  const tables = useRoleTables();
  const card = pinned === null ? null : index.get(pinned);
  const tip = hover === null || hover === pinned ? null : index.get(hover);
  return (
    <>
      {tip && (
        <div className="mark-tip" role="tooltip" style={near(tip, width)} data-key={tip.mark.key}>
          {markTitle(tip.mark.item, lang, names, tables)}
        </div>
      )}
      {card && (
        <aside className="mark-card" style={near(card, width)} aria-label={markTitle(card.mark.item, lang, names, tables)} data-key={card.mark.key}>
          <p>{markTitle(card.mark.item, lang, names, tables)}</p>
          <p>
            <Link href={href({ view: "entity", id: card.mark.item.statement.subject.id }, {}, query)}>
              {t("map.openPage", { name: nameText(card.mark.item.statement.subject.name, lang, t("entity.englishOnly")) })} →
            </Link>
          </p>
          <button type="button" className="close" onClick={onClose} aria-label={t("map.close")}>
            ×
          </button>
        </aside>
      )}
    </>
  );
}

/** Beside the mark, on its left when it is in the right part of the chart (so it is not cut off). */
function near(p: Placed, width: number): { left?: number; right?: number; top: number } {
  return p.x > width - 260 ? { right: width - p.x + 8, top: p.y + 8 } : { left: p.x + 8, top: p.y + 8 };
}
