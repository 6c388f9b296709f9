// Trips abroad by Japanese office holders, read from data/events/, shared by scripts/pm-trips-count.mjs and
// scripts/fm-trips-count.mjs (the tables of docs/data-gaps.md §4). The rule, the same for every office:
// a trip is a file of type visit whose participants include the holder in the office's role and a host (role
// beginning "host") other than Japan; or a file of type summit of that shape whose dates overlap no such visit
// of the same holder (a summit that was itself the trip, e.g. Koizumi in Pyongyang). One journey kept in two
// files is one trip: the second begins on the day the first ends, or one file says the other is the "same
// journey" (a related-to statement whose role begins so). Country-stops: the hosts of each trip.
import fs from 'node:fs'; import path from 'node:path'; import YAML from 'yaml';

/** The day of an EDTF day string as a number, or null for a month, a year or anything coarser. */
const day = x => /^\d{4}-\d{2}-\d{2}$/.test(x) ? Date.parse(x) : null;

/** Compare two EDTF dates of any precision on their common prefix: le('2005-10', '2005-10-14') is true. */
export const le = (x, y) => { const n = Math.min(x.length, y.length); return x.slice(0, n) <= y.slice(0, n); };

// A summit is covered by a visit of the same holder whose span, widened by 3 days each side, overlaps it
// (some visit files begin the day after the summit they include). Month or year dates compare by prefix.
const near = (v, r) => {
  const [va, vb, ra, rb] = [day(v.a), day(v.b), day(r.a), day(r.b)];
  if (va !== null && vb !== null && ra !== null && rb !== null) return va - 3 * 864e5 <= rb && ra <= vb + 3 * 864e5;
  return le(v.a, r.b) && le(r.a, v.b);
};

/**
 * Every trip abroad of the given holders, sorted by holder and date.
 * holders: person ids; role: a RegExp the participant's role must match; since(holder): the first year counted.
 * Each trip: { who, t (EDTF span), a, b (its ends), hosts (state ids, once per file), f (file names joined by +) }.
 * Example: trips({ holders: ['taro-kono'], role: /^Minister for Foreign Affairs of Japan$/, since: () => '1990' })
 */
export function trips({ holders, role, since, dir = 'data/events' }) {
  const cand = [];
  for (const f of fs.readdirSync(dir)) {
    if (!f.endsWith('.yaml')) continue;
    const d = YAML.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
    if (d.type !== 'visit' && d.type !== 'summit') continue;
    const st = d.statements || [];
    const who = st.find(s => s.p === 'participant' && holders.includes(s.object) && role.test(s.role || ''));
    if (!who) continue;
    const hosts = st.filter(s => s.p === 'participant' && /^host\b/.test(s.role || '') && s.object !== 'japan').map(s => s.object);
    const occ = st.find(s => s.p === 'occurred');
    const t = occ ? String(occ.time) : '?';
    if (!hosts.length || t.slice(0, 4) < since(who.object)) continue;
    const [a, b = a] = t.split('/');
    const same = st.filter(s => s.p === 'related-to' && /^same journey/.test(s.role || '')).map(s => s.object + '.yaml');
    cand.push({ who: who.object, t, a, b: b === '..' ? a : b, hosts, f, type: d.type, same });
  }
  const visits = cand.filter(r => r.type === 'visit');
  const all = [...visits, ...cand.filter(r => r.type === 'summit' && !visits.some(v => v.who === r.who && near(v, r)))];
  all.sort((x, y) => x.who.localeCompare(y.who) || x.t.localeCompare(y.t));
  const rows = [];
  for (const r of all) {
    const prev = rows[rows.length - 1];
    const linked = prev && (r.same.some(x => prev.f.split('+').includes(x)) || prev.same.includes(r.f));
    if (prev && prev.who === r.who && ((day(r.a) !== null && r.a === prev.b) || linked)) {
      prev.hosts.push(...r.hosts); prev.same.push(...r.same); prev.f += '+' + r.f; prev.b = r.b; prev.t = prev.a + '/' + r.b;
    } else rows.push({ ...r, hosts: [...r.hosts], same: [...r.same] });
  }
  return rows;
}

/** One line per trip: holder, span, hosts, files (tab-separated), for the `list` mode of both scripts. */
export const tripLine = r => [r.who, r.t, r.hosts.join(','), r.f].join('\t');

/** Trips, country-stops and distinct hosts of a set of trips, e.g. "12 trips\t18 country-stops\t16 distinct". */
export function counts(rows) {
  const hosts = rows.flatMap(x => x.hosts);
  return `${rows.length} trips\t${hosts.length} country-stops\t${new Set(hosts).size} distinct`;
}
