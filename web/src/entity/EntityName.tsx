import type { EntityRef } from "../api/types.js";
import { useI18n } from "../app/location.js";
import { EnglishOnly } from "../i18n/Role.js";
import { nameParts } from "./person-name.js";
import { withSic } from "./sic.js";

/**
 * An entity's name in the page's language; on a Japanese page a name the data gives only in English
 * is shown in English, its importer's gloss in Japanese (NameMark puts the English-only badge after it).
 * @example <EntityName entity={mutsuhito} /> // ja: <span lang="en">Mutsuhito</span>（天皇、1868年から日本の指導者）
 */
export function EntityName({ entity }: { entity: EntityRef }) {
  const { lang } = useI18n();
  // A dataset's misspelt title marked [sic] where it is shown in English.
  const { parts } = nameParts({ en: withSic(entity.name.en), ja: entity.name.ja }, lang);
  if (parts.length === 1 && parts[0]!.lang === lang) return <>{parts[0]!.text}</>;
  return (
    <>
      {parts.map((p, i) => (p.lang === lang ? p.text : <span key={i} lang={p.lang}>{p.text}</span>))}
    </>
  );
}

/** The English-only badge after a name the data gives only in English, on a Japanese page; nothing otherwise. */
export function NameMark({ entity }: { entity: EntityRef }) {
  const { lang } = useI18n();
  if (!nameParts(entity.name, lang).english) return null;
  return (
    <>
      {" "}
      <EnglishOnly />
    </>
  );
}
