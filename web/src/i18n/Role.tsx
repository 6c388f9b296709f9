import { useMemo } from "react";
import type { RelationsResult } from "../api/types.js";
import { api, cachedJson } from "../api/client.js";
import { useApi } from "../api/useApi.js";
import { useI18n } from "../app/location.js";
import { nameLookup, roleWords, type NameLookup, type RoleContext } from "./roles.js";

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
export function Role({ role, context = {} }: { role: string; context?: Omit<RoleContext, "names"> }) {
  const { lang } = useI18n();
  const names = useRoleNames();
  const words = roleWords(role, lang, { ...context, names });
  if (words.lang === lang) return <>{words.text}</>;
  return (
    <>
      <span lang={words.lang}>{words.text}</span> <EnglishOnly />
    </>
  );
}

/**
 * A statement's note: notes are written in English only (the data has no Japanese note), so a
 * Japanese page marks every note English-only.
 * @example <Note text="Signed at Ganghwa." />
 */
export function Note({ text }: { text: string }) {
  const { lang } = useI18n();
  if (lang === "en") return <span className="note">{text}</span>;
  return (
    <span className="note">
      <EnglishOnly /> <span lang="en">{text}</span>
    </span>
  );
}
