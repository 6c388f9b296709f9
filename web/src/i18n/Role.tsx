import { useEffect, useMemo, useState } from "react";
import type { RelationsResult } from "../api/types.js";
import { api, cachedJson } from "../api/client.js";
import { useApi } from "../api/useApi.js";
import { useI18n } from "../app/location.js";
import { nameLookup, roleWords, type NameLookup, type RoleContext, type RoleTables } from "./roles.js";
import "./role.css";

/**
 * The mark beside English text on a Japanese page (a role or note with no Japanese yet): the same
 * badge the entity page puts before an English-only summary.
 * @example <span lang="en">the frigate's state</span> <EnglishOnly />
 */
export function EnglishOnly() {
  const { t } = useI18n();
  return <span className="badge english-only">{t("entity.englishOnly")}</span>;
}

const lookups = new WeakMap<RelationsResult, NameLookup>();

let tables: RoleTables | undefined;
let loading: Promise<RoleTables | undefined> | undefined;

/**
 * The Japanese role tables (about 50 KB gzipped, places and people included), fetched once as their own chunk: English readers
 * never download them. A failed fetch is forgotten, so the next Japanese page tries again.
 * @example const tables = await loadRoleTables(); roleWords("side A", "ja", { tables }) // A側
 */
export function loadRoleTables(): Promise<RoleTables | undefined> {
  loading ??= import("./role-table.js").then(
    (m) => (tables = m.ROLE_TABLES),
    () => (loading = undefined),
  );
  return loading;
}

// A Japanese page asks for the tables as soon as this module loads (with the page that shows roles)
// rather than when its first role renders, so they are in before the page's data and its roles are
// written once, in Japanese, with no swap.
if (typeof location !== "undefined" && new URLSearchParams(location.search).get("lang") === "ja") void loadRoleTables();

/**
 * The Japanese role tables on a Japanese page once loaded (undefined until then, and on English
 * pages); the component renders again when they arrive.
 * @example const tables = useRoleTables(); roleWords(role, lang, { names, tables })
 */
export function useRoleTables(): RoleTables | undefined {
  const { lang } = useI18n();
  const [, arrived] = useState(tables);
  useEffect(() => {
    if (lang === "ja" && !tables) void loadRoleTables().then(arrived);
  }, [lang]);
  return lang === "ja" ? tables : undefined;
}

/**
 * Japanese names of states for roles such as "President of the United States", from the relations
 * list (every state, fetched once and shared with the timeline); nothing on English pages.
 * @example const names = useRoleNames(); sentence(s, lang, names)
 */
export function useRoleNames(): NameLookup | undefined {
  const { lang } = useI18n();
  const url = lang === "ja" ? api.relations(new Date().toISOString().slice(0, 10)) : null;
  const loaded = useApi<RelationsResult>(url);
  const data = loaded.state === "ready" ? loaded.data : url ? cachedJson<RelationsResult>(url) : undefined;
  return useMemo(() => {
    if (!data) return undefined;
    let hit = lookups.get(data);
    if (!hit) lookups.set(data, (hit = nameLookup(data.relations.map((r) => ({ id: r.state.id, name: r.state.name, nameOnDay: r.nameOnDay })))));
    return hit;
  }, [data]);
}

/**
 * A role in the reader's language; on a Japanese page a role with no Japanese rendering stays in
 * English, marked English-only.
 * @example <Role role="host" context={{ event: "abe-trip-2014-01" }} /> // 受入国 (ja) · host (en)
 */
export function Role({ role, context = {} }: { role: string; context?: Omit<RoleContext, "names" | "tables"> }) {
  const { lang } = useI18n();
  const names = useRoleNames();
  const tables = useRoleTables();
  const words = roleWords(role, lang, { ...context, names, tables });
  if (words.lang === lang) return <>{words.text}</>;
  return (
    <>
      <span lang={words.lang}>{words.text}</span> <EnglishOnly />
    </>
  );
}

/**
 * A statement's note in the reader's language: a Japanese page shows the Japanese note (`note_ja`)
 * where the data has one, and otherwise the English note marked English-only.
 * @example <Note text="Signed at Ganghwa." ja="江華島で署名。" />
 */
export function Note({ text, ja }: { text: string; ja?: string | null }) {
  const { lang } = useI18n();
  if (lang === "en") return <span className="note">{text}</span>;
  if (ja) return <span className="note">{ja}</span>;
  return (
    <span className="note">
      <EnglishOnly /> <span lang="en">{text}</span>
    </span>
  );
}
