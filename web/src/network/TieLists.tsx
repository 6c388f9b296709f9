import { Link, useI18n } from "../app/location.js";
import type { MessageKey } from "../i18n/dict.js";
import { GROUP_COLOUR, type EgoNetwork, type Group, type GroupId, type Tie } from "./model.js";

const TOP = 20;

/**
 * The same partners as the figure, as lists a phone can read: one section a group, agreements as
 * ranked bars (top 20), every name a link. Shown on every screen; on a phone it is the view.
 */
export function TieLists({ net, entityHref, title }: { net: EgoNetwork; entityHref: (id: string) => string; title: (g: GroupId) => string }) {
  const { t, lang } = useI18n();
  return (
    <div className="tie-lists">
      {net.groups.map((g) => (
        <section key={g.id} className={`tie-group tie-${g.id}`} aria-labelledby={`tie-${g.id}`} style={{ borderTopColor: GROUP_COLOUR[g.id] }}>
          <h3 id={`tie-${g.id}`} style={{ color: GROUP_COLOUR[g.id] }}>
            {g.id === "agreements" ? t("network.agreementsTop", { n: Math.min(TOP, g.ties.length) }) : title(g.id)} <span className="count">({g.ties.length})</span>
          </h3>
          {g.id === "agreements" ? <Bars group={g} entityHref={entityHref} /> : <Plain group={g} entityHref={entityHref} />}
          {g.id === "memberships" && net.undated > 0 && <p className="muted tie-note">{t("network.undated", { n: net.undated })}</p>}
          {g.id === "agreements" && (
            <p className="muted tie-note">
              {g.ties.length > TOP && t("network.moreInTable", { n: g.ties.length - TOP }) + (lang === "ja" ? "" : " ")}
              {t("network.agreementsNote", { a: net.agreements.inForce, s: net.agreements.withPartner })}
            </p>
          )}
        </section>
      ))}
    </div>
  );
}

function Name({ tie, entityHref }: { tie: Tie; entityHref: (id: string) => string }) {
  const { lang, name } = useI18n();
  return (
    <Link href={entityHref(tie.node.id)} lang={lang === "ja" && !tie.node.name.ja ? "en" : undefined}>
      {name(tie.node.name)}
    </Link>
  );
}

function Bars({ group, entityHref }: { group: Group; entityHref: (id: string) => string }) {
  const { t } = useI18n();
  const max = Math.max(1, ...group.ties.map((x) => x.value));
  return (
    <ol className="tie-bars">
      {group.ties.slice(0, TOP).map((tie) => (
        <li key={tie.node.id}>
          <Name tie={tie} entityHref={entityHref} />
          <span className="tie-bar" aria-hidden="true">
            <span style={{ width: `${(100 * tie.value) / max}%`, background: GROUP_COLOUR[group.id] }} />
          </span>
          <span className="tie-value">
            <span aria-hidden="true">{tie.value}</span>
            <span className="visually-hidden">{t("network.agreementsCount", { n: tie.value })}</span>
          </span>
        </li>
      ))}
    </ol>
  );
}

function Plain({ group, entityHref }: { group: Group; entityHref: (id: string) => string }) {
  const { t, name, lang } = useI18n();
  const comma = lang === "ja" ? "、" : ", "; // 施政、領有権を主張 (a Latin comma between Japanese words looked misprinted)
  const note = (tie: Tie) => {
    const parts: string[] = [];
    if (group.id === "disputes") parts.push(t("network.over", { places: tie.via.map((v) => name(v.name)).join(comma) }), tie.acts.map((p) => t(`network.p.${p}` as MessageKey)).join(comma));
    if (tie.note === "observer") parts.push(t("network.observer"));
    if (tie.note === "by-japan") parts.push(t("network.byJapan"));
    if (tie.note === "on-japan") parts.push(t("network.onJapan"));
    if (tie.note === "both-ways") parts.push(t("network.bothWays"));
    if (tie.start) parts.push(t("network.since", { year: String(Number(tie.start.slice(0, 4))) }));
    if (!tie.certain) parts.push(t("network.uncertain"));
    return parts.filter(Boolean).join(" · ");
  };
  return (
    <ul className={group.id === "memberships" ? "tie-list tie-columns" : "tie-list"}>
      {group.ties.map((tie) => (
        <li key={tie.node.id} className={tie.certain ? undefined : "uncertain"}>
          <Name tie={tie} entityHref={entityHref} /> {note(tie) && <span className="muted tie-note">{note(tie)}</span>}
        </li>
      ))}
    </ul>
  );
}
