import type { RelationRow, TerritoryRow } from "../api/types.js";
import type { Lang, MessageKey } from "../i18n/dict.js";
import { roleWords } from "../i18n/roles.js";
import { withAside } from "../entity/brackets.js";
import { categoryOf, isUncertain, legendOf, type Category, type Layer } from "./colour.js";
import { joinShapes, type Shape } from "./join.js";
import type { ShapeStyle } from "./WorldMap.js";

type T = (key: MessageKey, params?: Record<string, string | number>) => string;
type Name = (n: { en: string; ja: string | null }) => string;

/**
 * Everything the map draws for one date and layer: each shape's fill, tooltip and link, and the
 * legend with counts. Pure (given the translation functions). The tooltip is written in `lang`: its
 * punctuation too (大韓民国：日本の統治下（植民地として）), and how a territory was held in the words the
 * entity pages use (roleWords), never the data's slug ("colony").
 * A territory that is a place (the API's `territories`) is headed by its own name and links to its page; its
 * tooltip says who held it that day (北マリアナ諸島：アメリカ合衆国（信託統治領として）：外交関係あり), or that the
 * data records no one.
 * @example mapModel(shapes, rows1930, "status", t, name, href, "ja").styles.get("410")?.title // "大韓民国：日本の統治下（植民地として）"
 */
export function mapModel(shapes: readonly Shape[] & readonly { key: string }[], rows: readonly RelationRow[], layer: Layer, t: T, name: Name, entityHref: (id: string) => string, lang: Lang = "en", territories: readonly TerritoryRow[] = []): { styles: Map<string, ShapeStyle>; legend: { category: Category; count: number }[] } {
  const colon = lang === "ja" ? "：" : ": ";
  const aside = (...parts: (string | null)[]) => {
    const text = parts.filter(Boolean).join(lang === "ja" ? "、" : ", ");
    return text ? withAside("", text, lang) : "";
  };
  // "As sovereign" says nothing a tooltip needs (the USSR on Russia's land was on its own).
  const held = (row: RelationRow | null) => (row?.territory?.role && row.territory.role !== "sovereign" ? heldAs(row.territory.role, lang) : null);
  const joined = joinShapes(shapes, rows, territories);
  const styles = new Map<string, ShapeStyle>();
  const counted = new Map<string, Set<string>>();
  for (const shape of shapes) {
    const info = joined.get(shape.key);
    if (!info) continue;
    const category = categoryOf(layer, info.subject);
    // The legend counts states, not shapes: the USSR on fifteen shapes is one state.
    const who = info.subject.kind === "row" || info.subject.kind === "japanese-rule" ? (info.subject.row?.state.id ?? shape.key) : info.subject.kind === "japan" ? "japan" : shape.key;
    let seen = counted.get(category.key);
    if (!seen) counted.set(category.key, (seen = new Set()));
    seen.add(who);
    let title: string;
    let heading: string | undefined;
    let target: string | null = null;
    if (info.place) {
      // A territory that is a place: its own name, then who held it (the holder's status with Japan, as on its shape).
      const place = info.place;
      const holding = place.holder;
      const how = aside(holding?.role && holding.role !== "sovereign" ? heldAs(holding.role, lang) : null, holding && !holding.certain ? t("status.uncertain") : null);
      heading = name(place.place.name);
      target = entityHref(place.place.id);
      if (info.subject.kind === "japanese-rule") title = `${heading}${colon}${t("status.japanese-rule")}${how}`;
      else if (info.subject.kind === "row") {
        const row = info.subject.row;
        title = `${heading}${colon}${name(nameThen(row))}${how}${colon}${t(category.label)}${row.certain ? "" : aside(t("status.uncertain"))}`;
        if (layer !== "status") title += ` — ${t(`status.${row.status}`)}`;
      } else title = `${heading}${colon}${holding ? `${name(holding.state.name)}${how}` : t("nodata.reason", { reason: t("map.noHolder") })}`;
    } else if (info.subject.kind === "japan") {
      title = `${t("status.japan")}`;
      target = entityHref("japan");
    } else if (info.subject.kind === "japanese-rule") {
      const own = info.subject.row!;
      heading = name(nameThen(own));
      title = `${heading}${colon}${t("status.japanese-rule")}${aside(held(own))}`;
      target = entityHref(own.state.id);
    } else if (info.subject.kind === "no-data") {
      title = `${shape.name}${colon}${t("nodata.reason", { reason: t("map.notInKb") })}`;
    } else {
      const row = info.subject.row;
      // Land another state held: whose it is today and how it was held (India in 1930: the UK's, as a colony).
      const where = info.territoryOf ? aside(t("map.onTerritory", { name: name(info.territoryOf.state.name) }), held(info.territoryOf)) : info.dependency ? aside(shape.name) : "";
      heading = name(nameThen(row));
      title = `${heading}${where}${colon}${t(category.label)}${row.certain ? "" : aside(t("status.uncertain"))}`;
      if (layer !== "status") title += ` — ${t(`status.${row.status}`)}`;
      target = entityHref(row.state.id);
    }
    styles.set(shape.key, { category, opacity: 1, uncertain: isUncertain(info.subject), title, heading, target });
  }
  const legend = legendOf(layer).map((category) => ({ category, count: counted.get(category.key)?.size ?? 0 }));
  return { styles, legend };
}

/**
 * How a ruler held the land, in the words of a `rules` statement's own role, as the map says it: "as" like
 * the holdings' words (植民地として), with no brackets of its own, since the tooltip writes it inside brackets.
 * The map loads no role tables (its page stays light), so these few are here; the entity pages' fuller words
 * (英領インド（英国王による直接統治）) are in the role tables.
 */
const RULED_AS: Readonly<Record<string, { en: string; ja: string }>> = {
  // India 1858-1947 (india.yaml): it read 英国（現在のインドの領域、British Raj (direct rule by the Crown)）.
  "British Raj (direct rule by the Crown)": { en: "as the British Raj", ja: "英領インドとして" },
  viceroyalty: { en: "as a viceroyalty", ja: "副王領として" },
  "Ryukyu Domain": { en: "as the Ryukyu Domain", ja: "琉球藩として" },
  // The Northern Mariana Islands since 1986 (northern-mariana-islands.yaml): the role tables have no words for it.
  commonwealth: { en: "as a commonwealth", ja: "コモンウェルスとして" },
};

/**
 * How a territory was held, as the map's tooltip says it inside its own brackets: the holdings' words
 * (roleWords: "as a colony", 植民地として) or a ruler's role (RULED_AS); a role's own aside joins the list
 * rather than nesting brackets, and a role with no words in the map's language is left out (no English on
 * a Japanese map).
 * @example heldAs("British Raj (direct rule by the Crown)", "ja") // "英領インドとして"
 * @example heldAs("colony", "ja") // "植民地として"
 * @example heldAs("Duchy of Somewhere", "ja") // null
 */
export function heldAs(role: string, lang: Lang): string | null {
  const own = Object.hasOwn(RULED_AS, role) ? RULED_AS[role]![lang] : null;
  if (own) return own;
  const words = roleWords(role, lang);
  if (words.lang !== lang) return null;
  // "X (Y)" or X（Y）: the tooltip's brackets already hold it, so "X, Y" / X、Y.
  const nested = /^(.+?)\s*[(（](.+)[)）]$/.exec(words.text);
  return nested ? `${nested[1]}${lang === "ja" ? "、" : ", "}${nested[2]}` : words.text;
}

/**
 * A state's name as it went by on the map's date (Persia in 1930, the Republic of China on the mainland
 * before 1949), else its name today.
 * @example nameThen(persia1930).en // "Persia"
 */
export function nameThen(row: RelationRow): RelationRow["state"]["name"] {
  return row.nameOnDay ?? row.state.name;
}

const UNNAMED: ReadonlySet<string> = new Set(["not-yet-existing", "no-longer-existing"]);
/** Holdings whose land is named after its holder on the map: the holder governed it as its own. */
const NAMED_HOLDINGS: ReadonlySet<string> = new Set(["sovereign", "annexed"]);

/**
 * The name to write on each shape: the state that holds it on the date as its own (the USSR on Ukraine
 * in 1975), as that state was called then; Japan's own name on Japan; none where gaiko has no state, on
 * land held as a colony or under occupation, or of a state yet to exist.
 * @example shapeNames(shapes, rows1975, name).get("804") // "Soviet Union"
 */
export function shapeNames(shapes: readonly Shape[] & readonly { key: string }[], rows: readonly RelationRow[], name: Name, japan: string, territories: readonly TerritoryRow[] = []): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, info] of joinShapes(shapes, rows, territories)) {
    const s = info.subject;
    if (s.kind === "japan") out.set(key, japan);
    // A territory is not its holder by name ("United States" on the Northern Marianas would read as a state's land).
    else if (info.place) continue;
    // Land under Japanese rule, or of a state that did not exist yet (Nigeria in 1945), gets no name:
    // "South Korea" on 1945's map would be a name from the future.
    // Land another state held as a colony, protectorate, mandate or under occupation is not that state
    // by name: "United Kingdom" across India in 1930 would mislead; the card and legend say who held it.
    else if (s.kind === "row" && !UNNAMED.has(s.row.status) && (!info.territoryOf || NAMED_HOLDINGS.has(info.territoryOf.territory?.role ?? ""))) out.set(key, name(nameThen(s.row)));
  }
  return out;
}
