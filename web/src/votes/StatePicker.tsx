import { useId, useState } from "react";
import type { SearchResult } from "../api/types.js";
import { api } from "../api/client.js";
import { useApi } from "../api/useApi.js";
import { useI18n } from "../app/location.js";
import { searchable, useDebounced } from "../search/debounce.js";

/** The chosen states as removable chips, and a search box that adds one (states only, up to `max`). */
export function StatePicker({ chosen, names, max, onChange }: { chosen: string[]; names: Map<string, string>; max: number; onChange: (states: string[]) => void }) {
  const { t, name } = useI18n();
  const [q, setQ] = useState("");
  const settled = useDebounced(q.trim(), 150);
  const results = useApi<SearchResult>(searchable(settled) ? api.searchStates(settled) : null);
  const id = useId();
  const full = chosen.length >= max;
  const hits = results.state === "ready" && searchable(settled) ? results.data.results.filter((h) => !chosen.includes(h.id)) : [];
  return (
    <fieldset className="state-picker">
      <legend>{t("votes.states")}</legend>
      <ul className="chips">
        {chosen.map((s) => (
          <li key={s} className="chip" data-state={s}>
            <span>{names.get(s) ?? s}</span>
            <button type="button" aria-label={t("votes.remove", { name: names.get(s) ?? s })} onClick={() => onChange(chosen.filter((c) => c !== s))}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <div className="add-state">
        <label htmlFor={`${id}-add`}>{t("votes.add")}</label>{" "}
        <input id={`${id}-add`} type="search" value={q} disabled={full} placeholder={t("votes.addPlaceholder")} autoComplete="off" aria-describedby={full ? `${id}-full` : undefined} onChange={(e) => setQ(e.target.value)}
          onKeyDown={(e) => {
            // Enter adds the first match (the form around does not submit).
            if (e.key === "Enter" && hits[0]) {
              e.preventDefault();
              onChange([...chosen, hits[0].id]);
              setQ("");
            }
          }}
        />
        {full && (
          <span id={`${id}-full`} className="muted small">
            {" "}
            {t("votes.max", { n: max })}
          </span>
        )}
        {!full && hits.length > 0 && (
          <ul className="add-results" aria-label={t("search.results", { n: hits.length })}>
            {hits.map((h) => (
              <li key={h.id}>
                <button
                  type="button"
                  data-id={h.id}
                  onClick={() => {
                    onChange([...chosen, h.id]);
                    setQ("");
                  }}
                >
                  + {name(h.name)}
                </button>
              </li>
            ))}
          </ul>
        )}
        {!full && results.state === "ready" && searchable(settled) && results.data.results.length === 0 && <p className="nodata">{t("search.none", { q: settled })}</p>}
      </div>
    </fieldset>
  );
}
