// Japanese prime ministers' trips abroad recorded in data/events/, counted by office holder, for the
// table in docs/data-gaps.md §4. Run from the repository root: node scripts/pm-trips-count.mjs [list]
// A trip: a file of type visit whose participants include the PM (role "Prime Minister of Japan" or
// "prime-minister") and a host (role beginning "host") other than Japan, begun 1990 or later; or a file of
// type summit of that shape whose dates overlap no such visit of the same PM (a summit that was itself the
// trip, e.g. Koizumi in Pyongyang). Country-stops: the hosts of each trip. Kaifu is counted over his whole
// term (from August 1989) so that his figures compare with counts for the term.
import fs from 'node:fs'; import path from 'node:path'; import YAML from 'yaml';
const dir = 'data/events';
const pms = ['toshiki-kaifu','kiichi-miyazawa','morihiro-hosokawa','tsutomu-hata','tomiichi-murayama','ryutaro-hashimoto','keizo-obuchi','yoshiro-mori','junichiro-koizumi','shinzo-abe','yasuo-fukuda','taro-aso','yukio-hatoyama','naoto-kan','yoshihiko-noda','yoshihide-suga','fumio-kishida','shigeru-ishiba','sanae-takaichi'];
const cand = [];
for (const f of fs.readdirSync(dir)) {
  if (!f.endsWith('.yaml')) continue;
  const d = YAML.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
  if (d.type !== 'visit' && d.type !== 'summit') continue;
  const st = d.statements || [];
  const pm = st.find(s => s.p === 'participant' && pms.includes(s.object) && /^(Prime Minister of Japan(;|$)|prime-minister$)/.test(s.role || ''));
  if (!pm) continue;
  const hosts = st.filter(s => s.p === 'participant' && /^host\b/.test(s.role || '') && s.object !== 'japan').map(s => s.object);
  const occ = st.find(s => s.p === 'occurred');
  const t = occ ? String(occ.time) : '?';
  if (!hosts.length || t.slice(0, 4) < (pm.object === 'toshiki-kaifu' ? '1989' : '1990')) continue; // Kaifu: whole term (from Aug 1989)
  const [a, b = a] = t.split('/');
  cand.push({ pm: pm.object, t, a, b: b === '..' ? a : b, hosts, f, type: d.type });
}
// A summit is covered by a visit of the same PM whose span, widened by 3 days each side, overlaps it
// (some visit files begin the day after the summit they include). Month or year dates compare by prefix.
const day = x => /^\d{4}-\d{2}-\d{2}$/.test(x) ? Date.parse(x) : null;
const near = (v, r) => {
  const [va, vb, ra, rb] = [day(v.a), day(v.b), day(r.a), day(r.b)];
  if (va !== null && vb !== null && ra !== null && rb !== null) return va - 3 * 864e5 <= rb && ra <= vb + 3 * 864e5;
  const le = (x, y) => { const n = Math.min(x.length, y.length); return x.slice(0, n) <= y.slice(0, n); };
  return le(v.a, r.b) && le(r.a, v.b);
};
const visits = cand.filter(r => r.type === 'visit');
const all = [...visits, ...cand.filter(r => r.type === 'summit' && !visits.some(v => v.pm === r.pm && near(v, r)))];
all.sort((x, y) => x.pm.localeCompare(y.pm) || x.t.localeCompare(y.t));
// One journey kept in two files (Abe: Beijing 8-9 Oct 2006, then Seoul 9 Oct) is one trip: a file that
// begins on the day the previous one of the same PM ends continues it.
const rows = [];
for (const r of all) {
  const prev = rows[rows.length - 1];
  if (prev && prev.pm === r.pm && day(r.a) !== null && r.a === prev.b) { prev.hosts.push(...r.hosts); prev.f += '+' + r.f; prev.b = r.b; prev.t = prev.a + '/' + r.b; }
  else rows.push({ ...r, hosts: [...r.hosts] });
}
if (process.argv[2] === 'list') for (const r of rows) console.log([r.pm, r.t, r.hosts.join(','), r.f].join('\t'));
else for (const p of pms) {
  const r = rows.filter(x => x.pm === p); const hosts = r.flatMap(x => x.hosts);
  console.log(`${p}\t${r.length} trips\t${hosts.length} country-stops\t${new Set(hosts).size} distinct`);
}
