import { useEffect, useMemo, useState } from "react";
import type { RelationsResult, VoteRankingResult } from "../api/types.js";
import { api, getJson } from "../api/client.js";
import { useApiKeep } from "../api/useApi.js";
import { Link, useI18n, useNav } from "../app/location.js";
import { href, withParams } from "../app/route.js";
import { Failure, Loading } from "../app/feedback.js";
import { clampYear, currentYear, formatDate, MAP_FIRST_YEAR, parseAsOf, yearOf } from "../time/dates.js";
import { LAYER_LABEL, LAYERS, ENABLED_LAYERS, parseLayer } from "./colour.js";
import { loadWorld } from "./world.js";
import type { ProjectedWorld } from "./geometry.js";
import { mapModel } from "./model.js";
import { WorldMap } from "./WorldMap.js";
import { Legend } from "./Legend.js";
import { RelationsTable } from "./RelationsTable.js";
import { AsOfControl } from "../app/AsOfControl.js";
import { votesModel } from "../votes/layer.js";
import { inVoteData } from "../votes/scale.js";
import { VotesLegend } from "../votes/VotesLegend.js";

const PLAY_STEP_MS = 450;

/** Home: the world coloured by each state's relationship with Japan as of the chosen year. */
export function MapPage() {
  const { query, pathname, navigate } = useNav();
  const { t, name, lang } = useI18n();
  const lastYear = currentYear();
  const asOf = parseAsOf(query.get("asOf")) ?? String(lastYear);
  const year = clampYear(yearOf(asOf), MAP_FIRST_YEAR, lastYear);
  const layer = parseLayer(query.get("layer"));
  const [playing, setPlaying] = useState(false);
  const [world, setWorld] = useState<ProjectedWorld | null>(null);
  const [worldError, setWorldError] = useState<string | null>(null);

  useEffect(() => {
    loadWorld().then(setWorld, (e: unknown) => setWorldError(String(e)));
  }, []);

  const relations = useApiKeep<RelationsResult>(api.relations(asOf));
  // The UN-votes layer: Japan's agreement with every state in the year shown (none outside 1946–2020).
  const votesYear = layer === "unvoting" && inVoteData(year) ? year : null;
  const ranking = useApiKeep<VoteRankingResult>(votesYear === null ? null : api.votesRanking(votesYear, { issue: null, important: false }));

  // Once a date is drawn, fetch the years either side, so the next slider step redraws from memory.
  useEffect(() => {
    if (!relations.data || playing) return;
    for (const y of [year + 1, year - 1]) {
      if (y >= MAP_FIRST_YEAR && y <= lastYear) void getJson(api.relations(String(y))).catch(() => undefined);
      if (layer === "unvoting" && inVoteData(y)) void getJson(api.votesRanking(y, { issue: null, important: false })).catch(() => undefined);
    }
  }, [relations.data, year, playing, lastYear, layer]);

  const setYear = (y: number) => navigate(withParams(pathname, query, { asOf: clampYear(y, MAP_FIRST_YEAR, lastYear) }), { replace: true });

  // Play: one year per step, prefetching the next; stops at today.
  useEffect(() => {
    if (!playing) return;
    if (year >= lastYear) {
      setPlaying(false);
      return;
    }
    void getJson(api.relations(String(year + 2))).catch(() => undefined);
    const id = setTimeout(() => setYear(year + 1), PLAY_STEP_MS);
    return () => clearTimeout(id);
  }, [playing, year]); // eslint-disable-line react-hooks/exhaustive-deps

  const shownAsOf = relations.data?.asOf ?? asOf;
  const shownYear = yearOf(shownAsOf);
  // The votes of the year shown; while the next year loads, the previous year's stay up (marked stale).
  const rankingFresh = votesYear === null || (ranking.data !== null && ranking.data.filter.from === shownYear);
  const rankingRows = votesYear === null ? null : (ranking.data?.rows ?? undefined);
  const votesShownYear = rankingFresh ? shownYear : (ranking.data?.filter.from ?? shownYear);
  const model = useMemo(() => {
    if (!world || !relations.data) return null;
    const entityHref = (id: string) => href({ view: "entity", id }, { asOf: relations.data?.asOf }, query);
    if (layer !== "unvoting") return { ...mapModel(world.shapes, relations.data.relations, layer, t, name, entityHref), votes: null };
    if (rankingRows === undefined) return null;
    const votes = votesModel(world.shapes, rankingRows, relations.data.relations, votesShownYear, t, name, entityHref);
    return { styles: votes.styles, legend: null, votes: votes.legend };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [world, relations.data, layer, lang, rankingRows, votesShownYear]);

  return (
    <section className="map-page" aria-labelledby="map-title">
      <h1 id="map-title">
        {t("map.title")} <span className="as-of">{formatDate(lang, asOf)}</span>
      </h1>
      <div className="map-controls">
        <div className="year-control">
          <button type="button" className="play" onClick={() => (playing ? setPlaying(false) : (year >= lastYear && setYear(MAP_FIRST_YEAR), setPlaying(true)))} aria-pressed={playing}>
            {playing ? `❚❚ ${t("map.pause")}` : `▶ ${t("map.play")}`}
          </button>
          <label className="slider">
            <span className="visually-hidden">{t("map.slider")}</span>
            <input
              type="range"
              min={MAP_FIRST_YEAR}
              max={lastYear}
              step={1}
              value={year}
              aria-valuetext={String(year)}
              onChange={(e) => setYear(Number(e.target.value))}
            />
          </label>
          <output className="year-readout" aria-live="polite">
            {year}
          </output>
        </div>
        <AsOfControl key={asOf} allowAll={false} />
        <fieldset className="layers">
          <legend>{t("map.layer")}</legend>
          {LAYERS.map((l) => {
            const enabled = ENABLED_LAYERS.includes(l);
            return (
              <label key={l} className={enabled ? "" : "disabled"}>
                <input type="radio" name="layer" value={l} checked={layer === l} disabled={!enabled} onChange={() => navigate(withParams(pathname, query, { layer: l === "status" ? null : l }), { replace: true })} />
                {t(LAYER_LABEL[l])}
              </label>
            );
          })}
        </fieldset>
      </div>
      {worldError && <Failure message={worldError} />}
      {relations.error && <Failure message={relations.error} />}
      {layer === "unvoting" && ranking.error && <Failure message={ranking.error} />}
      {world && model ? (
        <WorldMap
          world={world}
          styles={model.styles}
          renderedAs={rankingFresh ? `${shownAsOf}|${layer}` : `loading|${layer}`}
          label={t("map.ariaLabel", { layer: t(LAYER_LABEL[layer]), date: formatDate(lang, shownAsOf) })}
          onOpen={(target) => navigate(target)}
        />
      ) : (
        !worldError && <Loading />
      )}
      {layer === "unvoting" && (
        <p className="muted small">
          <Link href={href({ view: "votes" }, { year: inVoteData(year) ? year : null }, query)}>{t("votes.title")}</Link>
        </p>
      )}
      <p className="hint">{t(layer === "unvoting" ? "votes.hoverHint" : "map.hoverHint")}</p>
      {model?.legend && <Legend items={model.legend} />}
      {model?.votes && <VotesLegend items={model.votes} year={votesShownYear} outside={!inVoteData(votesShownYear)} goTo={setYear} />}
      {relations.data && <RelationsTable data={relations.data} votes={layer === "unvoting" ? (rankingFresh ? (rankingRows ?? null) : null) : undefined} />}
      <p className="muted small">
        <Link href={href({ view: "timeline" }, { from: year - 10, to: year + 10 }, query)}>{t("nav.timeline")}</Link> ·{" "}
        <Link href={href({ view: "network" }, { asOf: relations.data?.asOf ?? asOf }, query)}>{t("nav.network")}</Link>
      </p>
    </section>
  );
}
