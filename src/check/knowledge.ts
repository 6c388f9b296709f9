import type { Store, StatementRow } from "../kb/store.js";
import { FRAME_OF } from "./frames.js";
import { Gazetteer } from "./gazetteer.js";
import { stemKey, wordsOf } from "./words.js";

export interface EventCue {
  id: string;
  /** Distinctive words of the event's English names ("missile", "launches", "collision"). */
  words: Set<string>;
  participants: Set<string>;
  /** `words` and `participants` as arrays, in the same order: read for every sentence that has one of the words. */
  wordList: string[];
  /** The stem key of each of `wordList` (`stemKey`), in the same order. */
  wordKeys: string[];
  participantList: string[];
  /** Its place in `Knowledge.events`, for counting per event in a typed array. */
  index: number;
  /** The participants that are persons. */
  persons: string[];
  occurred: StatementRow[];
  /** The event's type (visit, summit, incident …). */
  type?: string | null;
  /** Whether an English name of it says it was a visit or a trip ("Yoon Suk Yeol's visit to Tokyo"). */
  visit?: boolean;
}

export interface Knowledge {
  gazetteer: Gazetteer;
  events: EventCue[];
  /** The places each dispute concerns. */
  disputePlaces: Map<string, string[]>;
  /** Each agreement's type and the states and organisations that are parties to it or signed it (not the persons who signed for them). */
  agreements: { id: string; type: string | null; parties: Set<string> }[];
  /** The states and organisations of each agreement in `agreements`, by its id. */
  partiesOf: Map<string, Set<string>>;
  /** Agreements between two parties (scope "bilateral"): their two recorded parties are the whole list. */
  bilateral: Set<string>;
  /** Statements by their two ends ("subject|object" and, for objectless ones, "subject|"). */
  byEnds: Map<string, StatementRow[]>;
  /** Statements by their object, to find who else holds a relation to it (another administering state). */
  byObject: Map<string, StatementRow[]>;
  /** Entity ids by kind-relevant existence spans, to tell "Korea" in 1900 from "Korea" in 2000. */
  exists: Map<string, StatementRow[]>;
  /** The states each state succeeded (Russia → the USSR), from successor-of statements. */
  predecessors: Map<string, string[]>;
  /** The states that succeeded each state (the inverse of `predecessors`). */
  successors: Map<string, string[]>;
  /** Each person's offices. */
  offices: Map<string, StatementRow[]>;
  /** The other ends of each entity's statements. */
  neighbours: Map<string, Set<string>>;
  /** What each state claims, and what it administers or occupies. */
  claimed: Map<string, Set<string>>;
  held: Map<string, Set<string>>;
  /** Events by the stem keys of their cue words. */
  eventsByWord: Map<string, EventCue[]>;
  /**
   * For each stem key, by participant, its events: each as its place in `events` × 1024 plus how many words of
   * its name have that stem, in the order of `events`. A sentence reads only the events of its words that
   * someone it names took part in.
   */
  eventsByWordAndParticipant: Map<string, Map<string, number[]>>;
  attributes: AttributeIndex;
}

/** A recorded attribute, ready to be matched against a sentence's words, numbers, names and dates. */
export interface AttributeCue {
  row: StatementRow;
  /** Content words of its role and value. */
  words: string[];
  /** The stem key of each of `words` (`stemKey`), in the same order. */
  keys: string[];
  /** Numbers in its role and value. */
  nums: string[];
  /** Content words and numbers of the value alone. */
  value: string[];
  /** The entity the value names, when it is just a name ("Acapulco"). */
  valueEntity?: string;
  /** Entities named anywhere in the value ("… in Henoko Bay, Nago"). */
  valueNames: string[];
  /** Curated rather than imported. */
  curated: boolean;
  /** The attribute it is one value of (`subject|role`, or `subject|id` without a role): the best match of each decides. */
  group: string;
  /** Its place in `AttributeIndex.all`, for counting per attribute in a typed array. */
  index: number;
  /** For each of `words`, whether fewer than `COMMON_ATTRIBUTE_WORD` attributes have a word of its stem. */
  rare: boolean[];
  /** For each of `value`, whether it is a number. */
  valueNumber: boolean[];
}

/** Words that appear in this many attributes or more say little about which one is meant. */
export const COMMON_ATTRIBUTE_WORD = 25;

export interface AttributeIndex {
  all: AttributeCue[];
  bySubject: Map<string, AttributeCue[]>;
  byWord: Map<string, AttributeCue[]>;
  byValueEntity: Map<string, AttributeCue[]>;
  /** The groups with a value the knowledge base rejects: the only ones a sentence without numbers or dates can contradict. */
  rejectedGroups: Set<string>;
}

const memo = new WeakMap<Store, Knowledge>();

/** Capitals that news and analysis use for their governments. */
export const METONYMS: Record<string, string> = {
  tokyo: "japan", beijing: "china", "washington-dc": "united-states", seoul: "south-korea", pyongyang: "north-korea",
  moscow: "russia", taipei: "taiwan", canberra: "australia", "new-delhi": "india", london: "united-kingdom", paris: "france",
};

/** The gazetteer and the statement index, built once per store. */
export function knowledge(store: Store): Knowledge {
  const cached = memo.get(store);
  if (cached) return cached;
  const byEnds = new Map<string, StatementRow[]>();
  const byObject = new Map<string, StatementRow[]>();
  const exists = new Map<string, StatementRow[]>();
  const preds = Object.keys(FRAME_OF);
  const rows = store.prepared(`SELECT * FROM statements WHERE p IN (${preds.map(() => "?").join(",")}) OR p = 'exists'`).all(...preds) as StatementRow[];
  for (const r of rows) {
    if (r.p === "exists") {
      exists.set(r.subject, [...(exists.get(r.subject) ?? []), r]);
      continue;
    }
    if (r.object) byObject.set(r.object, [...(byObject.get(r.object) ?? []), r]);
    const keys = r.object ? [`${r.subject}|${r.object}`, `${r.object}|${r.subject}`] : [`${r.subject}|`];
    for (const k of keys) byEnds.set(k, [...(byEnds.get(k) ?? []), r]);
  }
  const parties = new Map<string, { id: string; type: string | null; parties: Set<string> }>();
  for (const r of store.prepared(
    "SELECT a.id, a.type, s.subject AS party FROM entities a JOIN statements s ON s.object = a.id AND s.p IN ('party-to', 'signatory-of') AND s.status != 'rejected' JOIN entities x ON x.id = s.subject AND x.kind IN ('state', 'organization') WHERE a.kind = 'agreement'",
  ).all() as { id: string; type: string | null; party: string }[]) {
    const e = parties.get(r.id) ?? { id: r.id, type: r.type, parties: new Set<string>() };
    e.parties.add(r.party);
    parties.set(r.id, e);
  }
  const disputePlaces = new Map<string, string[]>();
  for (const r of store.prepared("SELECT s.subject, s.object FROM statements s JOIN entities d ON d.id = s.subject AND d.kind = 'dispute' JOIN entities p ON p.id = s.object AND p.kind = 'place' WHERE s.p = 'concerns'").all() as { subject: string; object: string }[]) {
    disputePlaces.set(r.subject, [...(disputePlaces.get(r.subject) ?? []), r.object]);
  }
  const predecessors = new Map<string, string[]>();
  const successors = new Map<string, string[]>();
  for (const r of store.prepared("SELECT subject, object FROM statements WHERE p = 'successor-of' AND status != 'rejected' AND object IS NOT NULL").all() as { subject: string; object: string }[]) {
    predecessors.set(r.subject, [...(predecessors.get(r.subject) ?? []), r.object]);
    successors.set(r.object, [...(successors.get(r.object) ?? []), r.subject]);
  }
  const offices = new Map<string, StatementRow[]>();
  const neighbours = new Map<string, Set<string>>();
  const [claimed, held] = [new Map<string, Set<string>>(), new Map<string, Set<string>>()];
  const add = (m: Map<string, Set<string>>, a: string, b: string) => (m.get(a) ?? m.set(a, new Set()).get(a)!).add(b);
  for (const r of rows) {
    if (r.status === "rejected") continue;
    if (r.p === "holds-office") offices.set(r.subject, [...(offices.get(r.subject) ?? []), r]);
    if (!r.object) continue;
    add(neighbours, r.subject, r.object);
    add(neighbours, r.object, r.subject);
    if (r.p === "claims") add(claimed, r.subject, r.object);
    if (r.p === "administers" || r.p === "occupies") add(held, r.subject, r.object);
  }
  const gazetteer = new Gazetteer(store);
  const events = eventCues(store, byEnds);
  events.forEach((e, i) => ((e.index = i), (e.persons = e.participantList.filter((p) => gazetteer.kinds.get(p) === "person"))));
  const eventsByWord = new Map<string, EventCue[]>();
  for (const e of events) for (const w of e.words) eventsByWord.set(stemKey(w), [...(eventsByWord.get(stemKey(w)) ?? []), e]);
  const eventsByWordAndParticipant = new Map<string, Map<string, number[]>>();
  for (const [key, list] of eventsByWord) {
    const byParticipant = new Map<string, number[]>();
    // An event is listed once per word of its name with the stem, one after another.
    for (let i = 0, n = 1; i < list.length; i += n) {
      const e = list[i]!;
      for (n = 1; list[i + n] === e; n++);
      if (n >= 1024) throw new Error(`event ${e.id}: ${n} words of one stem`);
      for (const p of e.participantList) (byParticipant.get(p) ?? byParticipant.set(p, []).get(p)!).push(e.index * 1024 + n);
    }
    eventsByWordAndParticipant.set(key, byParticipant);
  }
  const bilateral = new Set((store.prepared("SELECT id FROM entities WHERE kind = 'agreement' AND json_extract(body, '$.scope') = 'bilateral'").all() as { id: string }[]).map((r) => r.id));
  const value = { gazetteer, byEnds, byObject, exists, predecessors, successors, agreements: [...parties.values()], partiesOf: new Map([...parties].map(([id, a]) => [id, a.parties])), bilateral, events, disputePlaces, offices, neighbours, claimed, held, eventsByWord, eventsByWordAndParticipant, attributes: attributeIndex(rows, gazetteer) };
  memo.set(store, value);
  return value;
}

/** Words that say nothing about which event or attribute is meant. */
export const GENERIC_WORDS = new Set(
  [
    "japan", "japanese", "first", "second", "third", "visit", "state", "united", "republic", "north", "south", "east", "west", "against",
    "minister", "prime", "president", "foreign", "official", "korea", "korean", "china", "chinese", "russia", "russian", "soviet", "america",
    "american", "talks", "meeting", "summit", "relations", "government", "country", "countries", "nation", "year", "years", "date", "new",
    "world", "international", "japan's", "people", "part", "time", "known", "called", "named", "number", "total", "use", "used",
  ].flatMap((w) => [...wordsOf(w)]),
);

/** The content words of a name or value that can tell it apart (no generic words, no numbers). */
export const cueWords = (s: string) => [...wordsOf(s)].filter((w) => !GENERIC_WORDS.has(w));

/** Words generic in an event's name that still tell a recorded value apart ("oil imports from the Middle East"). */
const TELLING_IN_VALUES = new Set(["north", "south", "east", "west", "world", "new"]);
const attributeWords = (s: string) => [...wordsOf(s)].filter((w) => TELLING_IN_VALUES.has(w) || !GENERIC_WORDS.has(w));

const ORDINALS: Record<string, string> = { first: "1", second: "2", third: "3", fourth: "4", fifth: "5", sixth: "6", seventh: "7", eighth: "8", ninth: "9", tenth: "10" };

/**
 * Numbers written in a text, without thousands separators, and ranks written as ordinals before
 * "largest" and the like ("third-largest" → 3); years are left out.
 */
export const numbersOf = (s: string) => [
  ...(s.match(/\d[\d,.]*/g) ?? []).map((n) => n.replace(/[,.]$/, "").replace(/,/g, "")).filter((n) => !/^(1[0-9]|20)\d\d$/.test(n)),
  ...[...s.matchAll(/\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)[- ](?:largest|biggest|highest|most)\b/gi)].map((m) => ORDINALS[m[1]!.toLowerCase()]!),
];

function eventCues(store: Store, byEnds: Map<string, StatementRow[]>): EventCue[] {
  const names = store.prepared("SELECT n.entity_id AS id, n.text FROM names n JOIN entities e ON e.id = n.entity_id WHERE e.kind = 'event' AND n.lang = 'en'").all() as { id: string; text: string }[];
  const participants = store.prepared("SELECT subject AS id, object FROM statements WHERE p = 'participant' AND status != 'rejected'").all() as { id: string; object: string }[];
  const cues = new Map<string, EventCue>();
  const cue = (id: string) => cues.get(id) ?? cues.set(id, { id, words: new Set(), participants: new Set(), wordList: [], wordKeys: [], participantList: [], index: -1, persons: [], occurred: (byEnds.get(`${id}|`) ?? []).filter((r) => r.p === "occurred" && r.status !== "rejected" && r.s_min) }).get(id)!;
  for (const n of names) {
    for (const w of cueWords(n.text)) cue(n.id).words.add(w);
    if (/\b(?:visits?|trips?)\b/i.test(n.text)) cue(n.id).visit = true;
  }
  for (const p of participants) if (cues.has(p.id)) cue(p.id).participants.add(p.object);
  for (const t of store.prepared("SELECT id, type FROM entities WHERE kind = 'event'").all() as { id: string; type: string | null }[]) {
    const c = cues.get(t.id);
    if (c) c.type = t.type;
  }
  const out = [...cues.values()].filter((c) => c.occurred.length && c.participants.size && c.words.size);
  for (const c of out) [c.wordList, c.participantList] = [[...c.words], [...c.participants]];
  for (const c of out) c.wordKeys = c.wordList.map(stemKey);
  return out;
}

function attributeIndex(rows: StatementRow[], gazetteer: Gazetteer): AttributeIndex {
  const index: AttributeIndex = { all: [], bySubject: new Map(), byWord: new Map(), byValueEntity: new Map(), rejectedGroups: new Set() };
  const put = (m: Map<string, AttributeCue[]>, key: string, a: AttributeCue) => {
    const list = m.get(key);
    if (!list) m.set(key, [a]);
    else if (list.at(-1) !== a) list.push(a);
  };
  for (const row of rows) {
    if (row.p !== "attribute" || !row.value) continue;
    const whole = gazetteer.find(row.value.trim(), (c) => c[0]!);
    const cue: AttributeCue = {
      row,
      words: attributeWords(`${row.role ?? ""} ${row.value}`),
      keys: [],
      nums: numbersOf(`${row.role ?? ""} ${row.value}`),
      value: [...wordsOf(row.value), ...numbersOf(row.value)],
      valueEntity: whole.length === 1 && whole[0]!.start === 0 && whole[0]!.end === row.value.trim().length ? whole[0]!.entity : undefined,
      valueNames: whole.map((m) => m.entity),
      curated: !row.origin.startsWith("dataset:"),
      group: `${row.subject}|${row.role ?? row.id}`,
      index: index.all.length,
      rare: [],
      valueNumber: [],
    };
    cue.valueNumber = cue.value.map((v) => /^\d/.test(v));
    cue.keys = cue.words.map(stemKey);
    index.all.push(cue);
    if (row.status === "rejected") index.rejectedGroups.add(cue.group);
    put(index.bySubject, row.subject, cue);
    for (const w of cue.words) put(index.byWord, stemKey(w), cue);
    if (cue.valueEntity) put(index.byValueEntity, cue.valueEntity, cue);
  }
  for (const cue of index.all) cue.rare = cue.words.map((w) => index.byWord.get(stemKey(w))!.length < COMMON_ATTRIBUTE_WORD);
  return index;
}

/**
 * Whether a state's existence spans reach into the days from `from` to `to` (at least one day of them).
 *
 * @example existedDuring(k.exists.get("russia") ?? [], "1904-02-08", "1905-09-05") // false
 */
export function existedDuring(spans: readonly StatementRow[], from: string, to: string): boolean {
  return spans.some((e) => !!e.s_min && e.s_min <= to && (!!e.e_open || !e.e_max || e.e_max >= from));
}
