// Japanese prime ministers' trips abroad recorded in data/events/, counted by office holder, for the
// table in docs/data-gaps.md §4. Run from the repository root: node scripts/pm-trips-count.mjs [list]
// The rule is in scripts/trips.mjs (shared with fm-trips-count.mjs): the PM takes part with the role
// "Prime Minister of Japan" or "prime-minister", begun 1990 or later. Kaifu is counted over his whole term
// (from August 1989) so that his figures compare with counts for the term.
import { counts, tripLine, trips } from './trips.mjs';
const pms = ['toshiki-kaifu','kiichi-miyazawa','morihiro-hosokawa','tsutomu-hata','tomiichi-murayama','ryutaro-hashimoto','keizo-obuchi','yoshiro-mori','junichiro-koizumi','shinzo-abe','yasuo-fukuda','taro-aso','yukio-hatoyama','naoto-kan','yoshihiko-noda','yoshihide-suga','fumio-kishida','shigeru-ishiba','sanae-takaichi'];
const rows = trips({ holders: pms, role: /^(Prime Minister of Japan(;|$)|prime-minister$)/, since: p => p === 'toshiki-kaifu' ? '1989' : '1990' });
if (process.argv[2] === 'list') for (const r of rows) console.log(tripLine(r));
else for (const p of pms) console.log(`${p}\t${counts(rows.filter(x => x.who === p))}`);
