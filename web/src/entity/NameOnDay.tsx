import type { RelationsResult } from "../api/types.js";
import { api } from "../api/client.js";
import { useApi } from "../api/useApi.js";
import { useI18n } from "../app/location.js";
import { longDate } from "./sentences.js";

/**
 * A state's name on the page's date when it went by another then, from the as-of engine (the relations
 * on that day, as the map labels it): Taiwan's page as of 1943 was headed 台湾 alone, beside a war with
 * Japan that the Republic of China fought. Nothing without a date, for other kinds, or when the name held.
 * @example <NameOnDay id="taiwan" kind="state" asOf="1943-01-01" /> // ja: 1943年1月1日時点の名称：中華民国
 */
export function NameOnDay({ id, kind, asOf }: { id: string; kind: string; asOf: string | null }) {
  const { t, name, lang } = useI18n();
  const loaded = useApi<RelationsResult>(asOf && kind === "state" ? api.relations(asOf) : null);
  if (!asOf || loaded.state !== "ready") return null;
  const row = loaded.data.relations.find((r) => r.state.id === id);
  // Sri Lanka was Ceylon in 1943 in English, but has no Japanese name of then: nothing new to say in Japanese.
  if (!row?.nameOnDay || name(row.nameOnDay) === name(row.state.name)) return null;
  return <p className="name-on-day">{t("entity.nameOnDay", { name: name(row.nameOnDay), date: longDate(asOf, lang) })}</p>;
}
