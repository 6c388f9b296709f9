import type { Candidate } from "../claim.js";
import { existedDuring, type Knowledge } from "../knowledge.js";
import type { SentenceContext } from "../context.js";
import type { TimeMention } from "../times.js";
import type { Rule } from "./rule.js";

/**
 * Titles and the office roles they name: the roles listed, and any role of the knowledge base whose own
 * words `match` ("General Secretary of the Chinese Communist Party" for "General Secretary").
 */
const TITLES: { re: RegExp; roles: readonly string[]; match?: RegExp }[] = [
  { re: /prime minister|premier|首相|総理/i, roles: ["prime-minister", "acting-prime-minister", "premier"] },
  { re: /secretary of state|国務長官/i, roles: ["secretary-of-state"] },
  // The Foreign Lords (外務卿, 1869–1885) held the office under its earlier name.
  { re: /foreign minister|minister (?:for|of) foreign affairs|外相|外務大臣|外務卿/i, roles: ["foreign-minister", "foreign-lord"] },
  { re: /chief cabinet secretary|官房長官/i, roles: ["chief-cabinet-secretary"] },
  { re: /general secretary|first secretary|総書記|書記長/i, roles: [], match: /\b(?:general|first) secretary\b/i },
  { re: /chairman|委員長/i, roles: [], match: /\bchairman\b/i },
  { re: /president|大統領|主席/i, roles: ["president", "effective-leader", "acting-president"], match: /\bpresident\b/i },
  { re: /emperor|天皇/i, roles: ["emperor"] },
  { re: /\bleader\b|指導者/i, roles: ["effective-leader", "leader"], match: /\bleader\b/i },
];
const TITLE_WORDS = "(?:Prime Minister|Premier|President|Chancellor|Foreign Minister|Secretary[- ]General|(?:General|First) Secretary|Chairman|Secretary of State|Chief Cabinet Secretary|Emperor|[Ll]eader)";
/** A title written right before a person's name ("Prime Minister Hatoyama", "Japan's prime minister, Eisaku Sato"). */
// An honorific may stand between ("the Japanese Prime Minister, Mr. Kakuei Tanaka").
const TITLED_BEFORE = new RegExp(`\\b${TITLE_WORDS}(?:\\s*,)?\\s+(?:(?:Mr|Mrs|Ms|Dr|Sheikh|Sir)\\.?\\s+)?$`, "i");
/** A title that opens the name itself, when the name is an alias with its title ("Emperor Akihito"). */
const TITLED_IN_NAME = new RegExp(`^${TITLE_WORDS}(?=\\s+\\S)`, "i");
/** A title set after the name ("Shinzo Abe, the Japanese prime minister,"). */
// Life dates in brackets may stand between ("Inukai Tsuyoshi (1855-1932), prime minister of Japan, 1931-1932").
const TITLED_AFTER = new RegExp(`^(?:\\s*\\([^()]{0,24}\\))?,\\s+(?:the\\s+)?(?:[\\w'’]+\\s+){0,2}?${TITLE_WORDS}\\b`, "i");
/** What may stand between a title set after the name and the term written after it: "… prime minister of Japan, 1931-1932", "… (1931–32)". */
const TERM_AFTER_TITLE = /^(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*){0,3})?\s*(?:,|\()\s*(?:from\s+)?$/;
/** A title the verb after the name gives ("Shinzo Abe became prime minister", "Koizumi served as prime minister"). */
const TITLED_BY_VERB = new RegExp(`^\\s+(?:(?:first|again|later|then|also)\\s+)?(?:became|was|served\\s+as|was\\s+(?:appointed|elected|named|made)(?:\\s+as)?)\\s+(?:the\\s+)?(?:(?:first|\\w+ese|\\w+an|\\d+\\w*|[A-Z][\\w.]*(?:\\s[A-Z]\\w*)?['’]s)\\s+)?${TITLE_WORDS}\\b`, "i");
/** Japanese titles: after the name ("安倍晋三首相"), before it with の ("首相の安倍晋三"), or given by the verb ("安倍晋三は2020年に首相だった"). */
const JA_TITLE = "(?:内閣総理大臣|総理大臣|首相|総理|外務大臣|外務卿|外相|官房長官|国務長官|大統領|国家主席|主席|総書記|天皇)";
const JA_NOT_THEN = "(?:元|前|次期)";
const TITLED_AFTER_JA = new RegExp(`^\\s*${JA_NOT_THEN}?${JA_TITLE}`, "u");
const TITLED_BEFORE_JA = new RegExp(`${JA_NOT_THEN}?${JA_TITLE}の?\\s*$`, "u");
const TITLED_BY_VERB_JA = new RegExp(`^\\s*(?:は|が)[^。、]{0,30}?${JA_NOT_THEN}?${JA_TITLE}(?=だった|であった|である|です|だ|では|を務め)`, "u");
/** A former or future holder ("元首相", "前外相", "次期大統領"): no title then. */
const NOT_THEN_JA = new RegExp(`${JA_NOT_THEN}${JA_TITLE}`, "u");
/** Taking office said after a person's name, in the same sentence part. */
const TOOK_OFFICE = /^[^.;]*?\b(?:took|taking|assumed|assuming|entered)\s+office\b|^[^.;]*?\b(?:came|coming)\s+to\s+power\b|^[^.;]*?\bwas\s+sworn\s+in\b|^[^。]*?就任/i;
/** A date that a verb phrase governs: "on 25 September 1972", "in early 1978" (not "the 1965 treaty"). */
const ON_DATE = /\b(?:on|in)\s+(?:the\s+)?(?:(?:early|late|mid)-?\s*)?$/i;
/** What ends the clause of the person's act: a semicolon, a colon, a full stop, or a new clause. */
const CLAUSE_BREAK = /[;:.]|\b(?:and|but|while|whereas|which|who|after|before|when)\b/i;
/** A preposition that makes a date bound another event rather than date the sentence's act. */
const SINCE_UNTIL = /\b(?:since|until|till|before|after|by)\s+(?:the\s+)?(?:(?:early|late|mid)-?\s*)?$/i;
const NOT_THEN = /\b(former|ex-|late|future|vice|deputy)\b/i;
/** A past title, written right before it: the person held it once. */
const FORMER = /\b(?:former|ex-)\s*(?:\w+\s+){0,2}$/i;

const known = new WeakMap<Knowledge, string[]>();
/** The roles a title names: its own, and the knowledge base's roles whose words it matches (undefined: any office). */
function rolesOf(k: Knowledge, title: (typeof TITLES)[number] | undefined): readonly string[] | undefined {
  if (!title?.match) return title?.roles;
  let all = known.get(k);
  if (!all) {
    all = [...new Set([...k.offices.values()].flat().map((r) => r.role).filter((r): r is string => !!r))];
    known.set(k, all);
  }
  return [...new Set([...title.roles, ...all.filter((r) => title.match!.test(r))])];
}

/**
 * The office roles a title written right before a name speaks of ("then Prime Minister Tanaka": prime minister),
 * for telling apart persons who share a surname. Undefined when no title stands there.
 *
 * @example titleRolesBefore(k, "when then Prime Minister ") // ["prime-minister", "acting-prime-minister", "premier"]
 */
export function titleRolesBefore(k: Knowledge, before: string): readonly string[] | undefined {
  const title = TITLED_BEFORE.exec(before)?.[0];
  return title ? rolesOf(k, TITLES.find((t) => t.re.test(title))) : undefined;
}

/**
 * A person with a title ("Prime Minister Hatoyama", "Shinzo Abe, the Japanese prime minister", not
 * "former Prime Minister …") is said to hold that office at the sentence's date: only terms of the
 * office the title names decide. A person merely named beside a date ("Toshiki Kaifu's 1991 tour") is
 * asserts no office and is no claim.
 */
export const officeRule: Rule = {
  id: "office",
  doc: "a titled person beside a date",
  propose(ctx) {
    const out: Candidate[] = [];
    for (const a of ctx.ids) {
      if (ctx.k.gazetteer.kinds.get(a) !== "person") continue;
      const at = ctx.firstAt.get(a)!;
      const before = ctx.slice.slice(Math.max(0, at - ctx.start - 40), at - ctx.start);
      const after = ctx.slice.slice(ctx.firstEnd.get(a)! - ctx.start, ctx.firstEnd.get(a)! - ctx.start + 50);
      // "Emperor Akihito" may be a name of its own (an alias): its title is then inside the name.
      const inName = TITLED_IN_NAME.exec(ctx.slice.slice(at - ctx.start, ctx.firstEnd.get(a)! - ctx.start))?.[0];
      const english = TITLED_BEFORE.exec(before)?.[0] ?? inName ?? TITLED_AFTER.exec(after)?.[0] ?? TITLED_BY_VERB.exec(after)?.[0];
      const japanese = english === undefined ? (TITLED_AFTER_JA.exec(after)?.[0] ?? TITLED_BEFORE_JA.exec(before)?.[0] ?? TITLED_BY_VERB_JA.exec(after)?.[0]) : undefined;
      const title = english ?? japanese;
      const then = title !== undefined && (japanese !== undefined ? !NOT_THEN_JA.test(japanese) : !NOT_THEN.test(before) && !NOT_THEN.test(title));
      const roles = title ? rolesOf(ctx.k, TITLES.find((t) => t.re.test(title))) : undefined;
      // "…after taking office in 2001", "Koizumi took office in April 2001": taking office is an office claim,
      // titled or not, about when the term began.
      const took = TOOK_OFFICE.test(ctx.slice.slice(ctx.firstEnd.get(a)! - ctx.start, ctx.firstEnd.get(a)! - ctx.start + 80));
      const recorded = new Set((ctx.k.offices.get(a) ?? []).map((r) => r.object!));
      // The state a title gives right before it, when the person held no office of it though it existed during their
      // terms ("Japanese Foreign Minister Henry Stimson"): a claim decided by where the person held office.
      const givenState = () => {
        const state = titleState(ctx, at - ctx.start - english!.length);
        return state && !recorded.has(state) && overlapsTerms(ctx, a, state) ? state : undefined;
      };
      // "Former Japanese leader Chiang Kai-shek": a past title still says the person once held an office of the state it
      // names; only that is claimed, undated (decided by where the person held office).
      if (!then && !took && english !== undefined && FORMER.test(before.slice(0, before.length - english.length))) {
        const state = givenState();
        // Without a date, a name several states share ("Chinese": the PRC, the Republic, the Qing) may be any of them.
        if (state && namesakes(ctx, state).every((x) => !recorded.has(x))) out.push({ rule: "office", subject: a, object: state, p: "holds-office", at, ...(roles ? { roles } : {}), undated: true });
        continue;
      }
      // A person merely named beside a date ("Toshiki Kaifu's 1991 tour") asserts no office.
      if (!then && !took) continue;
      // "…signed in September 2002 by Prime Minister Koizumi and leader Kim Jong Il": the act's date is the day
      // each signer held the title, even when the date belongs to the agreement's name.
      const actedOn = ctx.times.filter((t) => t.end <= at && /^[^.;]{0,20}?\bby\b[^.;]{0,90}$/i.test(ctx.slice.slice(t.end - ctx.start, at - ctx.start))).at(-1);
      // "Prime Minister Kakuei Tanaka begins a visit to China on Sept. 25, 1972": the date of the titled person's own
      // act, written after the name in the same clause, is the day the title is said of, though a named agreement
      // further on stands nearer the date.
      const end = ctx.firstEnd.get(a)!;
      const actedAfter = actedOn ? undefined : ctx.times.find((t) => {
        if (t.start < end || t.start - end > 90) return false;
        const between = ctx.slice.slice(end - ctx.start, t.start - ctx.start);
        const others = ctx.found.some((m) => m.entity !== a && m.kind === "person" && m.start >= end && m.start < t.start);
        return ON_DATE.test(between) && !CLAUSE_BREAK.test(between) && !others;
      });
      // "…the first summit since 2011", "until 1945": a date that bounds something else is not the day of the title.
      const relational = !actedOn && !actedAfter && ctx.times.every((t) => SINCE_UNTIL.test(ctx.slice.slice(Math.max(0, t.start - ctx.start - 12), t.start - ctx.start)));
      // "Inukai Tsuyoshi (1855-1932), prime minister of Japan, 1931-1932": a span written right after a title set after
      // the name is the term.
      const titleEnd = english !== undefined && english === TITLED_AFTER.exec(after)?.[0] ? end + english.length : undefined;
      const termAfter = titleEnd === undefined || actedOn || actedAfter ? undefined : ctx.times.find((t) => t.start >= titleEnd && TERM_AFTER_TITLE.test(ctx.slice.slice(titleEnd - ctx.start, t.start - ctx.start)));
      // "2006年5月 第4回太平洋・島サミット 於:沖縄 安倍総理(当時)": a title marked "at the time" holds at the sentence's one date.
      const atTheTime = !actedOn && !actedAfter && !termAfter && japanese !== undefined && AT_THE_TIME.test(after) ? onlyDate(ctx) : undefined;
      const time = actedOn ?? actedAfter ?? termAfter ?? atTheTime;
      // Without a date only the given state's claim is made: the office is not of the state the title gives, at any time.
      const offices = new Set(ctx.times.length ? recorded : []);
      const given = english !== undefined && then ? givenState() : undefined;
      if (given) offices.add(given);
      for (const office of offices) {
        out.push({ rule: "office", subject: a, object: office, p: "holds-office", at, ...(roles ? { roles } : {}), ...(time ? { time } : relational ? { undated: true, undatedWhy: "date-bounds-other" as const } : {}) });
      }
    }
    return out;
  },
};

/** A Japanese title marked as held at the time spoken of: "安倍総理(当時)", "外務大臣（当時）". */
const AT_THE_TIME = /^[^。、,，]{0,8}[（(]当時[）)]/u;

/** The sentence's one date, when it gives exactly one that is not a span. */
function onlyDate(ctx: SentenceContext): TimeMention | undefined {
  const dates = ctx.times.filter((t) => t.text !== "today");
  return dates.length === 1 && !dates[0]!.span ? dates[0] : undefined;
}

/** A government named for its leader, of a state written after it: "the Park Chung-hee administration of South Korea". */
const GOVERNMENT_OF = /^\s+(?:administration|government|cabinet|regime)\s+(?:of|in)\s+(?:the\s+)?$/i;
/** …or before it: "South Korea's Park Chung-hee administration". */
export const GOVERNMENT_AFTER = /^\s+(?:administration|government|cabinet|regime)\b/i;

/** What may follow "<leader>'s <state>" when the state is the ruled one: the clause goes on, or ends. */
const RULED_AFTER = /^(?:\s*[,.;:)!?]|\s*$|\s+(?:was|were|is|had|has|and|across|in|into|on|under|to|from|at|by|with|for|of|that|which|would|could|did|became|remained|saw|sent|signed|invaded|attacked|fought)\b)/i;

/**
 * A government named for its leader and a state ("the Park Chung-hee administration of North Korea", "South Korea's
 * Park Chung-hee government"): the leader held an office of that state, at some time (decided by where the person
 * held office).
 */
export const governmentRule: Rule = {
  id: "office",
  doc: "a government named for its leader and its state",
  propose(ctx) {
    const out: Candidate[] = [];
    for (const m of ctx.found) {
      if (m.kind !== "person" || m.via === "reference") continue;
      const after = ctx.slice.slice(m.end - ctx.start, m.end - ctx.start + 40);
      const state =
        ctx.found.find((x) => x.kind === "state" && x.via !== "reference" && x.start >= m.end && GOVERNMENT_OF.test(ctx.slice.slice(m.end - ctx.start, x.start - ctx.start))) ??
        (GOVERNMENT_AFTER.test(after) ? ctx.found.find((x) => x.kind === "state" && x.via !== "reference" && x.end <= m.start && /^['’]s\s+$/.test(ctx.slice.slice(x.end - ctx.start, m.start - ctx.start))) : undefined);
      // "Mao's Taiwan", "Hitler's Germany": the state of a leader's rule, when nothing after it makes it a modifier ("Kishida's China policy").
      const ruled = state ?? ctx.found.find((x) => x.kind === "state" && x.via === "name" && /^['’]s\s+(?:the\s+)?$/.test(ctx.slice.slice(m.end - ctx.start, x.start - ctx.start)) && RULED_AFTER.test(ctx.slice.slice(x.end - ctx.start, x.end - ctx.start + 12)));
      if (ruled) out.push({ rule: "office", subject: m.entity, object: ruled.entity, p: "holds-office", at: m.start, timeless: true });
    }
    return out;
  },
};

/** The states that share the name the sentence gives `state` by ("Chinese": china, taiwan, qing), itself among them. */
function namesakes(ctx: SentenceContext, state: string): string[] {
  const m = ctx.found.find((x) => x.entity === state && x.via !== "reference");
  if (!m) return [state];
  let all: string[] = [state];
  ctx.k.gazetteer.find(m.text, (candidates) => ((all = [...new Set([state, ...candidates])]), candidates[0]!));
  return all;
}

/** The state named right before a title that starts at `rel` in the sentence ("Japanese Foreign Minister", "Japan's prime minister"). */
function titleState(ctx: SentenceContext, rel: number): string | undefined {
  const m = ctx.found.filter((x) => x.kind === "state" && x.via !== "reference" && x.end - ctx.start <= rel && /^(?:['’]s)?\s*(?:then\s+)?$/i.test(ctx.slice.slice(x.end - ctx.start, rel))).at(-1);
  return m?.entity;
}

/** Whether a state existed at some time of the person's recorded terms of office (a state named for another era says nothing). */
function overlapsTerms(ctx: SentenceContext, person: string, state: string): boolean {
  const spans = ctx.k.exists.get(state) ?? [];
  return (ctx.k.offices.get(person) ?? []).some((t) => t.subject === person && !!t.s_min && existedDuring(spans, t.s_min, t.e_max ?? "9999"));
}
