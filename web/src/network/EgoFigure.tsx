import { Link, useI18n } from "../app/location.js";
import { FIGURE, figureLayout } from "./layout.js";
import { GROUP_COLOUR, type EgoNetwork, type GroupId, type Tie } from "./model.js";

/**
 * Japan in the middle, a labelled row for each partner shown, grouped by tie: an SVG whose layout
 * (layout.ts) keeps every name whole or cut with an ellipsis and its full name in a tooltip. Each
 * partner is a link to its page. Hidden on narrow screens, where the lists below say the same.
 */
export function EgoFigure({ net, asOfLabel, entityHref, label, groupTitle }: { net: EgoNetwork; asOfLabel: string; entityHref: (id: string) => string; label: (t: Tie, g: GroupId) => string; groupTitle: (g: GroupId) => string }) {
  const { t, lang } = useI18n();
  const layout = figureLayout(net, (tie) => label(tie, net.groups.find((g) => g.ties.includes(tie))!.id));
  const { x: jx, y: jy } = layout.japan;
  const curve = (x: number, y: number) => `M${jx},${jy} C${(jx + x) / 2},${jy} ${(jx + x) / 2},${y} ${x},${y}`;
  return (
    <figure className="ego-figure">
      <svg viewBox={`0 0 ${FIGURE.width} ${layout.height}`} width="100%" style={{ maxWidth: `${FIGURE.width * 1.15}px` }} aria-labelledby="ego-caption">
        <g className="ego-lines" aria-hidden="true">
          {layout.rows.map((r) => (
            <path key={`${r.group}-${r.tie.node.id}`} d={curve(r.x, r.y)} stroke={GROUP_COLOUR[r.group]} strokeWidth={r.stroke} strokeDasharray={r.tie.certain ? undefined : "5 4"} fill="none" opacity={0.45} />
          ))}
        </g>
        {layout.texts.map((x) => (
          <text
            key={`${x.group}-${x.more ?? "h"}`}
            className={x.more === null ? "ego-heading" : "ego-more"}
            x={x.side === "left" ? FIGURE.dotLeft + 8 : FIGURE.dotRight - 8}
            y={x.y}
            textAnchor={x.side === "left" ? "end" : "start"}
            fill={x.more === null ? GROUP_COLOUR[x.group] : "#5b6670"}
          >
            {x.more === null ? groupTitle(x.group) : t("network.more", { n: x.more })}
          </text>
        ))}
        {layout.rows.map((r) => {
          const left = r.side === "left";
          const english = lang === "ja" && !r.tie.node.name.ja;
          return (
            <Link key={`${r.group}-${r.tie.node.id}`} href={entityHref(r.tie.node.id)} className="ego-node">
              {r.cut && <title>{label(r.tie, r.group)}</title>}
              <circle cx={r.x} cy={r.y} r={r.r} fill={GROUP_COLOUR[r.group]} />
              <text x={left ? r.x - r.r - 6 : r.x + r.r + 6} y={r.y + 4.5} textAnchor={left ? "end" : "start"} fontSize={FIGURE.font} lang={english ? "en" : undefined}>
                {r.label}
              </text>
            </Link>
          );
        })}
        <g aria-hidden="true">
          <circle cx={jx} cy={jy} r={26} fill="#bc002d" />
          <text x={jx} y={jy + 5} textAnchor="middle" fill="#fff" fontWeight={700} fontSize={14}>
            {t("status.japan")}
          </text>
        </g>
      </svg>
      <figcaption id="ego-caption" className="muted">
        {t("network.figure", { date: asOfLabel })}
      </figcaption>
    </figure>
  );
}
