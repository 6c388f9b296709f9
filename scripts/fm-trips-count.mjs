// Japanese foreign ministers' trips abroad recorded in data/events/, counted by term of office, for the
// table in docs/data-gaps.md §4. Run from the repository root: node scripts/fm-trips-count.mjs [list]
// The rule is in scripts/trips.mjs (shared with pm-trips-count.mjs): the minister takes part with the role
// "Minister for Foreign Affairs of Japan" (or "Minister for Foreign Affairs", "foreign-minister", "Japan's
// representative (foreign minister)"). The terms are the holds-office statements with role foreign-minister in
// data/people/ that end in 1990 or later; a trip counts for the term of the same holder in which it begins
// (Nakayama, from August 1989, over his whole term, as Kaifu is for prime ministers). A trip that begins in no
// term of its minister is reported on stderr: a wrong date or a wrong role.
import fs from 'node:fs'; import YAML from 'yaml';
import { counts, le, tripLine, trips } from './trips.mjs';
const terms = [];
for (const f of fs.readdirSync('data/people')) {
  if (!f.endsWith('.yaml')) continue;
  const d = YAML.parse(fs.readFileSync('data/people/' + f, 'utf8'));
  for (const s of d.statements || []) {
    if (s.p !== 'holds-office' || s.object !== 'japan' || s.role !== 'foreign-minister') continue;
    const [from, to = from] = String(s.time).split('/');
    if (to === '..' || to >= '1990') terms.push({ who: f.replace(/\.yaml$/, ''), from, to });
  }
}
terms.sort((x, y) => x.from.localeCompare(y.from));
const inTerm = (r, t) => r.who === t.who && le(t.from, r.a) && (t.to === '..' || le(r.a, t.to));
const rows = trips({
  holders: [...new Set(terms.map(t => t.who))],
  role: /^(Minister for Foreign Affairs( of Japan)?(;|$)|foreign-minister$|Japan's representative \(foreign minister\))/,
  since: () => '1989',
});
for (const r of rows) if (!terms.some(t => inTerm(r, t))) console.error(`outside every term of ${r.who}: ${tripLine(r)}`);
if (process.argv[2] === 'list') for (const r of rows) console.log(tripLine(r));
else for (const t of terms) console.log(`${t.who}\t${t.from}/${t.to}\t${counts(rows.filter(r => inTerm(r, t)))}`);
