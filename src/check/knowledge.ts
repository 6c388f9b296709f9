import type { Store, StatementRow } from "../kb/store.js";
import { FRAME_OF } from "./frames.js";
import { Gazetteer } from "./gazetteer.js";

export interface EventCue {
  id: string;
  /** Distinctive words of the event's English names ("missile", "launches", "collision"). */
  words: Set<string>;
  participants: Set<string>;
  occurred: StatementRow[];
}

export interface Knowledge {
  gazetteer: Gazetteer;
  events: EventCue[];
  /** The places each dispute concerns. */
  disputePlaces: Map<string, string[]>;
  /** Each agreement's type and the states that are parties to it or signed it. */
  agreements: { id: string; type: string | null; parties: Set<string> }[];
  /** Statements by their two ends ("subject|object" and, for objectless ones, "subject|"). */
  byEnds: Map<string, StatementRow[]>;
  /** Entity ids by kind-relevant existence spans, to tell "Korea" in 1900 from "Korea" in 2000. */
  exists: Map<string, StatementRow[]>;
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
  const exists = new Map<string, StatementRow[]>();
  const preds = Object.keys(FRAME_OF);
  const rows = store.prepared(`SELECT * FROM statements WHERE p IN (${preds.map(() => "?").join(",")}) OR p = 'exists'`).all(...preds) as StatementRow[];
  for (const r of rows) {
    if (r.p === "exists") {
      exists.set(r.subject, [...(exists.get(r.subject) ?? []), r]);
      continue;
    }
    const keys = r.object ? [`${r.subject}|${r.object}`, `${r.object}|${r.subject}`] : [`${r.subject}|`];
    for (const k of keys) byEnds.set(k, [...(byEnds.get(k) ?? []), r]);
  }
  const parties = new Map<string, { id: string; type: string | null; parties: Set<string> }>();
  for (const r of store.prepared(
    "SELECT a.id, a.type, s.subject AS party FROM entities a JOIN statements s ON s.object = a.id AND s.p IN ('party-to', 'signatory-of') AND s.status != 'rejected' WHERE a.kind = 'agreement'",
  ).all() as { id: string; type: string | null; party: string }[]) {
    const e = parties.get(r.id) ?? { id: r.id, type: r.type, parties: new Set<string>() };
    e.parties.add(r.party);
    parties.set(r.id, e);
  }
  const disputePlaces = new Map<string, string[]>();
  for (const r of store.prepared("SELECT s.subject, s.object FROM statements s JOIN entities d ON d.id = s.subject AND d.kind = 'dispute' JOIN entities p ON p.id = s.object AND p.kind = 'place' WHERE s.p = 'concerns'").all() as { subject: string; object: string }[]) {
    disputePlaces.set(r.subject, [...(disputePlaces.get(r.subject) ?? []), r.object]);
  }
  const value = { gazetteer: new Gazetteer(store), byEnds, exists, agreements: [...parties.values()], events: eventCues(store, byEnds), disputePlaces };
  memo.set(store, value);
  return value;
}

/** Words that say nothing about which event is meant. */
export const GENERIC_WORDS = new Set([
  "japan", "japanese", "the", "and", "with", "from", "into", "over", "after", "first", "second", "third", "visit", "state", "states", "united",
  "republic", "north", "south", "east", "west", "between", "against", "during", "minister", "prime", "president", "foreign", "official",
  "korea", "korean", "china", "chinese", "russia", "russian", "soviet", "american", "talks", "meeting", "summit", "relations", "japan's",
]);

export const wordsOf = (s: string) => new Set(s.toLowerCase().match(/[a-z][a-z'-]{3,}/g)?.map((w) => w.replace(/'s$/, "").replace(/e?s$/, "")) ?? []);

function eventCues(store: Store, byEnds: Map<string, StatementRow[]>): EventCue[] {
  const names = store.prepared("SELECT n.entity_id AS id, n.text FROM names n JOIN entities e ON e.id = n.entity_id WHERE e.kind = 'event' AND n.lang = 'en'").all() as { id: string; text: string }[];
  const participants = store.prepared("SELECT subject AS id, object FROM statements WHERE p = 'participant' AND status != 'rejected'").all() as { id: string; object: string }[];
  const cues = new Map<string, EventCue>();
  const cue = (id: string) => cues.get(id) ?? cues.set(id, { id, words: new Set(), participants: new Set(), occurred: (byEnds.get(`${id}|`) ?? []).filter((r) => r.p === "occurred" && r.status !== "rejected" && r.s_min) }).get(id)!;
  for (const n of names) for (const w of wordsOf(n.text)) if (!GENERIC_WORDS.has(w) && !/^\d/.test(w)) cue(n.id).words.add(w);
  for (const p of participants) if (cues.has(p.id)) cue(p.id).participants.add(p.object);
  return [...cues.values()].filter((c) => c.occurred.length && c.participants.size && c.words.size);
}

