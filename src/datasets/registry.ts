import type { Importer } from "./types.js";
import { atop } from "./importers/atop.js";
import { conflict } from "./importers/conflict.js";
import { cowStates } from "./importers/cow-states.js";
import { dipcon } from "./importers/dipcon.js";
import { embassies } from "./importers/embassies.js";
import { archigos } from "./importers/leaders.js";
import { idealpoints, igo, milex, nmc } from "./importers/series.js";
import { territorial } from "./importers/territorial.js";
import { treaties } from "./importers/treaties.js";
import { codes } from "./importers/codes.js";
import { unvotes } from "./importers/unvotes.js";
import { isd } from "./importers/states.js";
import { colonial } from "./importers/colonial.js";
import { icowClaims } from "./importers/claims.js";
import { peacekeeping } from "./importers/peacekeeping.js";
import { trade } from "./importers/trade.js";
import { desta } from "./importers/desta.js";
import { cameo } from "./importers/cameo.js";

/** Every importer, in the order a full build runs them (the state system first: it completes the concordance). */
export const IMPORTERS: Importer[] = [cowStates, codes, atop, dipcon, conflict, territorial, archigos, treaties, igo, nmc, milex, idealpoints, embassies, unvotes, isd, colonial, icowClaims, peacekeeping, trade, desta, cameo];

export function importerNamed(name: string): Importer | undefined {
  return IMPORTERS.find((i) => i.name === name);
}
