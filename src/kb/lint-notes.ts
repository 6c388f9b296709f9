// The cross-file rules for the notes readers see beside statements (`note`, `note_ja`). ReaderNote (src/model)
// refuses "(see some-id)" and file paths on its own; naming an entry by its id in any other form needs the
// list of every id, so it is checked here, where lint knows them all.
import type { Entity } from "../model/entity.js";
import type { Names } from "../model/text.js";
import type { At } from "./lint-time.js";

/** What a note must not say, and what to write instead. */
export interface NoteProblem {
  /** The words of the note that break the rule. */
  found: string;
  message: string;
}

// Tokens are matched with the case the id is written in: "Austria-Hungary" is a name, "austria-hungary" an id.
const HYPHENATED = /(?<![\w-])[a-z0-9]+(?:-[a-z0-9]+)+(?![\w-])/g;
// A single-word id (taiwan, japan) is also an ordinary word, so only the forms that point at an entry count.
const SINGLE = /(?:[(（]([a-z0-9]+)[)）])|(?:\b(?:id|on) ([a-z0-9]+)(?![\w-]))/g;
const ID_TALK = { en: /\b(?:the|its) id\b/gi, ja: /(?<![A-Za-z0-9])(?:ID|id|Id)s?(?![A-Za-z0-9])/g };
const IN_GAIKO = { en: /\bin gaiko\b/gi, ja: /gaikoでは/gi };

/**
 * The places where a note names an entry by its id or talks of the knowledge base instead of the world:
 * a hyphenated token that is an id, a single-word id in the forms "(taiwan)", "id taiwan", "on taiwan",
 * and the words "the id", "its id", "in gaiko" (in a note_ja: "ID" or "id" as a word, "gaikoでは"). `names` maps every id to its names; the fix offers the
 * entry's name in the note's language.
 *
 * @example
 * noteProblems("see japanese-instrument-of-surrender", new Map([["japanese-instrument-of-surrender",
 *   { en: "Japanese Instrument of Surrender" }]]), "en")
 * // [{ found: "japanese-instrument-of-surrender", message: 'names an entry by its id "japanese-instrument-of-surrender"
 * //    — write the entry\'s name instead: "Japanese Instrument of Surrender"' }]
 */
export function noteProblems(note: string, names: ReadonlyMap<string, Names>, lang: "en" | "ja"): NoteProblem[] {
  const out: NoteProblem[] = [];
  const byId = (id: string, found: string) => {
    const n = names.get(id);
    if (!n) return;
    const name = (lang === "ja" ? n.ja : undefined) ?? n.en;
    out.push({ found, message: `names an entry by its id "${id}" — write the entry's name instead: "${name}"` });
  };
  for (const m of note.matchAll(HYPHENATED)) byId(m[0], m[0]);
  for (const m of note.matchAll(SINGLE)) byId((m[1] ?? m[2])!, m[0]);
  for (const m of note.matchAll(ID_TALK[lang])) {
    out.push({ found: m[0], message: `talks about an entry's id ("${m[0]}") — say what the reader needs in words, naming entries by their names ("the Treaty of Portsmouth")` });
  }
  for (const m of note.matchAll(IN_GAIKO[lang])) {
    out.push({ found: m[0], message: `speaks of the knowledge base ("${m[0]}") rather than the world — say it of this entry or of the sources ("this entry stands for …", "the sources cited")` });
  }
  return out;
}

const JAPANESE = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;

/**
 * True when a note_ja has no kana or kanji at all: an English note copied into note_ja, which would show
 * on Japanese pages without the English-only badge.
 *
 * @example untranslated("Dates from MOFA's itinerary.") // true
 * @example untranslated("MOFAの日程による。") // false
 */
export function untranslated(noteJa: string): boolean {
  return !JAPANESE.test(noteJa);
}

/**
 * rule `note-ids`: every `note` and `note_ja` of every statement is checked by noteProblems, and every
 * note_ja must be Japanese. Errors name the file, the field path and the fix.
 *
 * @example checkNotes(entities, at) // error at data/states/qing.yaml statements[6].note: names an entry by its id "taiwan" — …
 */
export function checkNotes(entities: readonly Entity[], at: At): void {
  const names = new Map<string, Names>(entities.map((e) => [e.id, e.names]));
  for (const e of entities) {
    if (e.kind === "source") continue;
    e.statements.forEach((s, i) => {
      for (const [field, lang] of [["note", "en"], ["note_ja", "ja"]] as const) {
        const text = s[field];
        if (!text) continue;
        for (const p of noteProblems(text, names, lang)) at(e.origin, ["statements", i, field], "error", p.message);
        if (field === "note_ja" && untranslated(text)) {
          at(e.origin, ["statements", i, field], "error", "note_ja has no kana or kanji: it is English left untranslated — write it in Japanese, or remove note_ja so Japanese pages show the English note with its English-only badge");
        }
      }
    });
  }
}
