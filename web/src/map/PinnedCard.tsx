import { useI18n } from "../app/location.js";
import type { ShapeStyle } from "./WorldMap.js";
import { cardText } from "./card-text.js";

/** The card a click or a tap pins: the state, its status on the date, and a link to its page. */
export function PinnedCard({ style, name, onOpen, onClose }: { style: ShapeStyle; name: string | null; onOpen: (target: string) => void; onClose: () => void }) {
  const { t } = useI18n();
  // The state alone; else the tooltip's first part, before its colon (a Japanese tooltip's is full-width).
  const title = name ?? style.heading ?? style.title.split(/[:：]/)[0]!;
  return (
    <aside className="map-card" aria-label={title} data-pinned>
      <h2>{title}</h2>
      <p>{cardText(style.title, title)}</p>
      {style.target && (
        <p>
          <a
            href={style.target}
            onClick={(e) => {
              if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey) return;
              e.preventDefault();
              onOpen(style.target!);
            }}
          >
            {t("map.openPage", { name: title })} →
          </a>
        </p>
      )}
      <button type="button" className="close" onClick={onClose} aria-label={t("map.close")}>
        ×
      </button>
    </aside>
  );
}
