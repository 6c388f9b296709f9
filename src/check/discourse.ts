import { GOVERNMENT_AFTER, titleRolesBefore } from "./rules/office.js";
import type { Kind } from "../model/ids.js";
import type { Mention } from "./gazetteer.js";
import type { Knowledge } from "./knowledge.js";

/**
 * Adds a mention found by reference, unless a name of the sentence covers part of it. A function of the module,
 * not a closure made per sentence (a closure per call, and tsx's naming of each, cost more than the work it does).
 */
function pushReference(out: Mention[], named: Mention[], slice: string, start: number, end: number, entity: string, kind: Kind, via: Mention["via"] = "reference", sure = false): void {
  if (!named.some((m) => m.start < end && start < m.end)) out.push({ start, end, text: slice.slice(start, end), entity, kind, via, ...(sure && via === "reference" ? { sure } : {}) });
}

/**
 * What the sentences read so far make available to the next one: the entities named, most recent
 * last, and the persons named in full (whom a later surname alone may mean).
 */
export class Discourse {
  private recent: { entity: string; kind: Kind; sentence: number }[] = [];
  private firstOfLast: { entity: string; kind: Kind } | undefined;
  /** Whether the first subject of the sentence before was its first name: its subject, which "It" takes up for sure. */
  private lastOpened = false;
  private readonly persons = new Set<string>();
  private sentence = 0;

  constructor(private readonly k: Knowledge) {}

  /** Records the entities of a sentence once it has been read (named, referred to or described). */
  add(found: { entity: string; kind: Kind; start: number }[]): void {
    this.sentence++;
    const ordered = [...found].sort((a, b) => a.start - b.start);
    this.firstOfLast = ordered.find((m) => SUBJECT_KINDS.has(m.kind));
    this.lastOpened = !!this.firstOfLast && ordered[0]?.entity === this.firstOfLast.entity && (this.firstOfLast.kind === "agreement" || this.firstOfLast.kind === "event");
    for (const m of ordered) {
      // An entity is in the list once at most: taken out where it was (in place, not by a copy per mention), put last.
      const was = this.recent.findIndex((r) => r.entity === m.entity);
      if (was >= 0) this.recent.splice(was, 1);
      this.recent.push({ entity: m.entity, kind: m.kind, sentence: this.sentence });
      if (m.kind === "person") this.persons.add(m.entity);
    }
    if (this.recent.length > 40) this.recent = this.recent.slice(-40);
  }

  /** A new paragraph: references do not reach back across it (surnames still do). */
  paragraph(): void {
    this.recent = [];
    this.firstOfLast = undefined;
  }

  /**
   * Mentions made by reference in a sentence (offsets relative to it):
   * - "It"/"Its" opening a sentence: the first state, organisation, event, agreement or policy of the
   *   previous sentence;
   * - "the embassy", "this treaty", "the statement": the latest event, agreement, policy or dispute
   *   whose name has that word (any agreement for "treaty", "agreement", "accord", "pact"), from the
   *   last three sentences;
   * - "the two countries", "both sides": the last two states named; "this alliance", "the
   *   relationship" (not followed by "with …"): the two states of the sentence before;
   * - a surname alone ("Kaifu", "Prime Minister Hatoyama"): the person named in full earlier, or after
   *   a title, the person of that surname in office at the sentence's date (else the most prominent).
   */
  resolve(slice: string, named: Mention[], year: string | undefined): Mention[] {
    const out: Mention[] = [];
    const it = /^\s*(?:(?:However|Moreover|Also|In fact|Later|Then|Still|Yet),?\s+)?(It|Its)\b/.exec(slice);
    if (it && this.firstOfLast) pushReference(out, named, slice, it[0].length - it[1]!.length, it[0].length, this.firstOfLast.entity, this.firstOfLast.kind, "reference", this.lastOpened);
    HEAD.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = HEAD.exec(slice)); ) {
      const head = m[2]!.toLowerCase();
      const modifier = m[1]?.toLowerCase();
      if (modifier && !head.startsWith("protocol") && !FIXED_MODIFIERS.has(modifier)) continue;
      const start = m.index + m[0].length - m[2]!.length;
      // "the Treaty of Peace and Friendship", "the Agreement on Commerce": a title being written, not a word
      // that points back (the title names or describes its agreement itself).
      if (TITLE_GOES_ON.test(slice.slice(start + m[2]!.length)) && /^[A-Z]/.test(m[2]!)) continue;
      const fits = (entity: string, kind: Kind) => this.fitsHead(entity, kind, head) && (!modifier || FIXED_MODIFIERS.has(modifier) || this.hasWord(entity, modifier));
      // Named earlier in the same sentence first ("withdrew from the TPP … keep the agreement alive").
      const before = named.filter((n) => n.end <= start && REFERABLE.has(n.kind) && fits(n.entity, n.kind)).at(-1);
      const placed = AGREEMENT_HEAD.test(head) ? this.placeNamed(slice.slice(start + m[2]!.length), named) : undefined;
      const recent = [...this.recent].reverse().filter((r) => this.sentence - r.sentence < 3);
      // "the accession protocol" after "the CPTPP": the one agreement related to one just named whose name has both words.
      const related = !before && !placed && modifier && !FIXED_MODIFIERS.has(modifier) ? this.relatedFitting([...named.map((n) => n.entity), ...recent.map((r) => r.entity)], fits) : undefined;
      // Of agreements named in the sentences before, the one made in the year this sentence gives ("The Okinawa
      // Reversion Agreement … under the Treaty of San Francisco … The document was signed … on June 17, 1971"), else
      // the last named.
      const earlier = recent.filter((r) => REFERABLE.has(r.kind) && fits(r.entity, r.kind));
      const ofYear = year && earlier.length > 1 ? earlier.filter((r) => r.kind === "agreement" && (this.k.byEnds.get(`${r.entity}|`) ?? []).some((x) => (x.p === "signed" || x.p === "in-force") && x.status !== "rejected" && x.s_min?.slice(0, 4) === year)) : [];
      const target = placed ?? before ?? (ofYear.length === 1 ? ofYear[0] : earlier[0]) ?? related;
      // A deal named by its place, or the one related agreement whose name has the words, is named, not referred
      // to: it may be contradicted like a name.
      // Named before in the sentence, or the one fitting agreement or event of the sentences before: for sure.
      const sure = target === before || (target !== related && new Set(earlier.map((r) => r.entity)).size === 1) || (ofYear.length === 1 && target === ofYear[0]);
      if (target) pushReference(out, named, slice, start - (modifier && !FIXED_MODIFIERS.has(modifier) ? m[1]!.length + 1 : 0), start + m[2]!.length, target.entity, target.kind, target === placed || target === related ? "name" : "reference", sure);
    }
    // "The formal signing ceremony was held on …": the signing of the agreement the text has just named (the
    // last one named, in this sentence or the two before). Said of that one agreement, it is named, not guessed.
    const ceremony = CEREMONY.exec(slice);
    if (ceremony) {
      // The word "ceremony" stands for the agreement; "signing" stays the relation word said of it.
      const at = ceremony.index + ceremony[0].length - "ceremony".length;
      const last = named.filter((n) => n.end <= at && n.kind === "agreement").at(-1) ?? [...this.recent].reverse().find((r) => this.sentence - r.sentence < 2 && r.kind === "agreement");
      if (last) pushReference(out, named, slice, at, at + "ceremony".length, last.entity, "agreement", "name");
    }
    const two = /\b(?:[Tt]he two|[Bb]oth) (countries|nations|governments|economies|sides|states|allies|neighbou?rs)\b|\b(?:[Tt]his|[Tt]hat|[Tt]he) (alliance|partnership|relationship)\b(?! (?:with|between|of)\b)/.exec(slice);
    if (two) {
      const word = two[1] ?? two[2]!;
      // "the two countries" reaches back two sentences; "this alliance" only to the sentence before.
      const reach = two[1] ? 3 : 2;
      const at = two.index + two[0].length - word.length;
      // "Iran, like other countries at war with Japan, signed …, and the two countries' embassies …": two states the
      // sentence itself names before the words are the two; else the last two named before it.
      const here = [...new Set(named.filter((n) => n.kind === "state" && n.via !== "reference" && n.end <= two.index).map((n) => n.entity))];
      const pool = [...this.recent].reverse().filter((r) => r.kind === "state" && this.sentence - r.sentence < reach);
      const states = here.length === 2 ? here.map((entity) => ({ entity })) : pool.slice(0, 2);
      // For sure when the two are the only states of the sentence, or of the sentences the words reach back to.
      // ("the relationship", "this alliance" stay guesses: the words name the tie, not the two.)
      const sure = !!two[1] && (here.length === 2 || (here.length === 0 && pool.length === 2));
      if (states.length === 2) for (const s of states) pushReference(out, named, slice, at, at + word.length, s.entity, "state", "reference", sure);
    }
    SURNAME.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = SURNAME.exec(slice)); ) {
      const name = m[2]!;
      const candidates = this.k.gazetteer.surnames.get(name);
      if (!candidates) continue;
      const start = m.index + m[0].length - name.length;
      const known = candidates.filter((c) => this.persons.has(c));
      let pick = known.length === 1 ? known[0] : undefined;
      // "the Sato government established relations with China in 1965": the state a head of government named so led
      // (the words after the surname, GOVERNMENT_AFTER, are those the office rule reads of a leader's government).
      const government = !m[1] ? GOVERNMENT_AFTER.exec(slice.slice(start + name.length)) : null;
      if (government) {
        const heads = candidates.filter((c) => this.heldRole(c, HEAD_ROLES) && (!year || this.inOfficeIn(c, year, HEAD_ROLES)));
        const states = new Set(heads.flatMap((c) => (this.k.offices.get(c) ?? []).filter((r) => !!r.role && HEAD_ROLES.includes(r.role) && r.object && (!year || this.inOfficeIn(c, year, [r.role]))).map((r) => r.object!)));
        if (heads.length === 1 && states.size === 1) pushReference(out, named, slice, start, start + name.length + government[0].length, [...states][0]!, "state", "reference", true);
        continue;
      }
      // "Sato became prime minister in 1964": the title said right after the surname names the office as well.
      const titleAfter = !m[1] ? TITLE_AFTER.exec(slice.slice(start + name.length))?.[1] : undefined;
      if (!pick && (m[1] || titleAfter)) {
        // "then Prime Minister Tanaka": those who held the office the title names (Kakuei, not Makiko), in office that year if any.
        const roles = titleRolesBefore(this.k, `${m[1] ?? titleAfter} `);
        const titled = roles ? candidates.filter((c) => this.heldRole(c, roles)) : [];
        const pool = titled.length ? titled : candidates;
        const inOffice = year ? pool.filter((c) => this.inOfficeIn(c, year)) : [];
        pick = (inOffice.length ? inOffice : pool).sort((a, b) => (this.k.gazetteer.prominence.get(b) ?? 0) - (this.k.gazetteer.prominence.get(a) ?? 0))[0];
      }
      if (pick) pushReference(out, named, slice, start, start + name.length, pick, "person", "surname");
    }
    this.kanjiSurnames(out, named, slice, year);
    return out;
  }

  /** Whether a person held an office in one of `roles`. */
  private heldRole(person: string, roles: readonly string[]): boolean {
    return (this.k.offices.get(person) ?? []).some((r) => !!r.role && roles.includes(r.role));
  }

  /** Whether a person held an office (in one of `roles`, when given) during a year. */
  private inOfficeIn(person: string, year: string, roles?: readonly string[]): boolean {
    return (this.k.offices.get(person) ?? []).some((r) => (!roles || (!!r.role && roles.includes(r.role))) && !!r.s_min && r.s_min.slice(0, 4) <= year && year <= (r.e_open ? "9999" : (r.e_max ?? r.s_max ?? "0000").slice(0, 4)));
  }

  /**
   * A Japanese surname before a title ("鳩山首相", "藤山外務大臣"): the person named in full earlier whose name it
   * begins, else the one holder of the title's office whose name it begins (of several, the one in office in the
   * sentence's year). The surname is the last one to three kanji before the title, the longest that names someone.
   */
  private kanjiSurnames(out: Mention[], named: Mention[], slice: string, year: string | undefined): void {
    // Both patterns below match kanji only: a sentence without any (most, in English) is not searched.
    if (!HAN.test(slice)) return;
    JA_TITLED.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = JA_TITLED.exec(slice)); ) {
      const run = m[1]!;
      const roles = JA_TITLE_ROLES.find(([re]) => re.test(m![2]!))?.[1] ?? [];
      for (let n = Math.min(3, run.length); n >= 1; n--) {
        const surname = run.slice(-n);
        const candidates = this.k.gazetteer.kanjiPersons.filter((p) => p.ja.length > surname.length && p.ja.startsWith(surname)).map((p) => p.id);
        if (!candidates.length) continue;
        const known = candidates.filter((c) => this.persons.has(c));
        const titled = candidates.filter((c) => this.heldRole(c, roles));
        const inOffice = year ? titled.filter((c) => this.inOfficeIn(c, year, roles)) : [];
        const pick = known.length === 1 ? known[0] : titled.length === 1 ? titled[0] : inOffice.length === 1 ? inOffice[0] : undefined;
        const start = m.index + run.length - n;
        if (pick) pushReference(out, named, slice, start, start + n, pick, "person", "surname");
        break;
      }
    }
    // "鳩山は、モスクワで…に調印した" after 鳩山一郎 was named: a surname alone, of a person named in full before.
    if (!this.persons.size) return;
    // The persons named before, with a name in kanji: read at the first bare run of kanji (most sentences have none).
    let known: { id: string; ja: string }[] | undefined;
    JA_BARE.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = JA_BARE.exec(slice)); ) {
      const run = m[1]!;
      known ??= this.k.gazetteer.kanjiPersons.filter((p) => this.persons.has(p.id));
      const whose = known.filter((p) => p.ja.length > run.length && p.ja.startsWith(run));
      if (whose.length === 1) pushReference(out, named, slice, m.index, m.index + run.length, whose[0]!.id, "person", "surname");
    }
  }

  /**
   * The agreement a deal's place names ("the deal struck in Stockholm" is the Stockholm Agreement): the one
   * agreement with that place's word in one of its English names and a party other than Japan that the text
   * has just named, when exactly one has both.
   */
  private placeNamed(after: string, named: Mention[]): { entity: string; kind: Kind } | undefined {
    const m = /^\s+(?:(?:struck|signed|reached|concluded|made|agreed)\s+)?(?:in|at)\s+([A-Z][a-z]{3,})\b/.exec(after);
    if (!m) return undefined;
    const word = new RegExp(`\\b${m[1]}\\b`);
    const hits = new Set<string>();
    for (const [entity, names] of this.k.gazetteer.englishNames) if (this.k.gazetteer.kinds.get(entity) === "agreement" && names.some((n) => word.test(n))) hits.add(entity);
    // Only one with a party other than Japan among the states named in this sentence or the two before: many
    // deals are made in Stockholm that the knowledge base does not hold.
    const states = new Set([...named.filter((n) => n.kind === "state").map((n) => n.entity), ...this.recent.filter((r) => r.kind === "state" && this.sentence - r.sentence < 3).map((r) => r.entity)]);
    states.delete("japan");
    for (const h of hits) if (![...(this.k.partiesOf.get(h) ?? [])].some((p) => states.has(p))) hits.delete(h);
    return hits.size === 1 ? { entity: [...hits][0]!, kind: "agreement" } : undefined;
  }

  /** Whether one of an entity's English names has a word beginning so ("accession" in "Protocol on the Accession of …"). */
  private hasWord(entity: string, word: string): boolean {
    const re = new RegExp(`\\b${word.slice(0, Math.max(5, word.length - 3))}`, "i");
    return (this.k.gazetteer.englishNames.get(entity) ?? []).some((n) => re.test(n));
  }

  /** The one agreement or event linked (related-to, concerns) to one of these entities that fits, if exactly one does. */
  private relatedFitting(ids: string[], fits: (entity: string, kind: Kind) => boolean): { entity: string; kind: Kind } | undefined {
    const hits = new Set<string>();
    for (const id of new Set(ids))
      for (const r of this.k.byObject.get(id) ?? []) {
        const kind = this.k.gazetteer.kinds.get(r.subject) as Kind | undefined;
        if ((r.p === "related-to" || r.p === "concerns") && r.status !== "rejected" && kind && REFERABLE.has(kind) && fits(r.subject, kind)) hits.add(r.subject);
      }
    return hits.size === 1 ? { entity: [...hits][0]!, kind: this.k.gazetteer.kinds.get([...hits][0]!) as Kind } : undefined;
  }

  private fitsHead(entity: string, kind: Kind, head: string): boolean {
    if (kind === "agreement" && /^(?:treaty|agreement|accord|pact|deal|document)$/.test(head)) return true;
    const word = new RegExp(`\\b(?:${MEMBERS[head] ?? head})`, "i");
    return (this.k.gazetteer.englishNames.get(entity) ?? []).some((n) => word.test(n));
  }
}

/** What follows a capitalised head word in a title: "Treaty of Peace", "Agreement on Commerce", "Declaration between Japan". */
const TITLE_GOES_ON = /^\s+(?:of|on|for|between|concerning|regarding)\s+(?:the\s+)?[A-Z]/;
/** Heads that name an agreement, which the place it was made may identify. */
const AGREEMENT_HEAD = /^(?:treaty|agreement|accord|pact|deal|declaration|communiqu[eé])$/i;
const SUBJECT_KINDS = new Set<Kind>(["state", "organization", "event", "agreement", "policy"]);
const REFERABLE = new Set<Kind>(["event", "agreement", "policy", "dispute"]);
/** Words before a head that leave its meaning as it is ("the new treaty"); any other ("the accession protocol") must be in the name. */
const FIXED_MODIFIERS = new Set(["same", "new", "second", "first", "bilateral"]);
/** A signing or ratification ceremony: the agreement's signature or entry into force. */
const CEREMONY = /\b(?:the|its|their)\s+(?:(?:formal|official)\s+)?(?:signing|ratification)\s+ceremony\b/i;
const HEAD = /\b(?:the|this|that|its|their|these)\s+(?:([a-z]{3,})\s+)?(protocol|embassy|mission|treaty|agreement|accord|pact|deal|document|statement|declaration|visit|speech|summit|policy|law|incident|expedition|conference|dispute|communiqu[eé]|sanctions|edict|ambassadors|envoys|delegation)\b/gi;
/** Heads that name the members of a mission rather than the mission: "the envoys" of the embassy. */
const MEMBERS: Record<string, string> = { ambassadors: "embassy|mission|delegation", envoys: "embassy|mission|delegation", delegation: "embassy|mission|delegation" };
const TITLE = "(?:Prime Minister|Premier|President|Chancellor|Foreign Minister|Minister|Secretary|Ambassador|Emperor|Empress|King|Queen|Pope|General|Gen\\.|Admiral|Commodore|Chairman|Mr\\.?|Mrs\\.?|Ms\\.?|Dr\\.?|PM)";
/** Kanji right before a Japanese title: a surname may end there ("鳩山首相", "当時の佐藤総理"). */
const JA_TITLED = /([\p{Script=Han}々]{1,6}?)((?:内閣総理大臣|総理大臣|首相|総理|外務大臣|外務卿|外相|官房長官))/gu;
/** A kanji (or the repeat mark 々), which every match of JA_TITLED and JA_BARE has. */
const HAN = /[\p{Script=Han}々]/u;
/** Two or three kanji standing alone before a particle or a comma: maybe a surname ("鳩山は"). */
const JA_BARE = /(?<![\p{Script=Han}々])([\p{Script=Han}々]{2,3})(?=[はがのともを、])/gu;
/** The office roles of each Japanese title. */
const JA_TITLE_ROLES: [RegExp, string[]][] = [
  [/総理|首相/u, ["prime-minister", "acting-prime-minister"]],
  [/外務大臣|外相|外務卿/u, ["foreign-minister", "foreign-lord"]],
  [/官房長官/u, ["chief-cabinet-secretary"]],
];
/** The offices of a head of government or state, whose name a government is called by. */
const HEAD_ROLES: readonly string[] = ["prime-minister", "president", "premier", "chancellor"];
/** A title said of a surname by a verb right after it: "Sato became prime minister", "Kim was president". */
const TITLE_AFTER = /^\s+(?:became|becomes|was|served as|had become|took office as)\s+(?:the\s+)?(?:(?:Japanese|Korean|South Korean|Chinese|American|US|British|Russian|Soviet|Australian|Indian)\s+)?(prime minister|premier|foreign minister|president|chancellor)\b/i;
const SURNAME = new RegExp(`(?:\\b(${TITLE})\\s+)?\\b([A-Z][a-zāēīōū]+(?:-[A-Z]?[a-z]+)?)\\b`, "g");
