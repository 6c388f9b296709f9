import { useEffect, useMemo, useState } from "react";
import type { RelationsResult, VoteRankingResult } from "../api/types.js";
import { api, getJson } from "../api/client.js";
import { useApiKeep } from "../api/useApi.js";
import { Link, useI18n, useNav } from "../app/location.js";
import { href, parseRoute, withParams } from "../app/route.js";
import { Failure, Loading } from "../app/feedback.js";
import { clampYear, currentYear, formatDate, MAP_FIRST_YEAR, parseAsOf, withYear, yearOf } from "../time/dates.js";
import { LAYER_LABEL, LAYERS, ENABLED_LAYERS, parseLayer } from "./colour.js";
import { loadWorld, worldInHand } from "./world.js";
import type { ProjectedWorld } from "./geometry.js";
import { mapModel, shapeNames } from "./model.js";
import { parseRegion, REGION_IDS, REGION_LABEL } from "./regions.js";
import { zoomBox, type Box } from "./viewport.js";
import { PinnedCard } from "./PinnedCard.js";
import "./map.css";
import { WorldMap } from "./WorldMap.js";
import { Legend } from "./Legend.js";
import { RelationsTable } from "./RelationsTable.js";
import { AsOfControl } from "../app/AsOfControl.js";
import { votesModel } from "../votes/layer.js";
import { inVoteData } from "../votes/scale.js";
import { VotesLegend } from "../votes/VotesLegend.js";

const PLAY_STEP_MS = 450;

// An address that opens on the map asks for its two answers (the projected world, the date's relations)
// as this module loads, beside the rest of the page's script, not after the page's first render.
if (typeof window !== "undefined" && parseRoute(window.location.pathname).view === "map") {
  void loadWorld().catch(() => undefined);
  const opening = parseAsOf(new URLSearchParams(window.location.search).get("asOf")) ?? String(currentYear());
  void getJson(api.relations(opening)).catch(() => undefined);
}

/** Home: the world coloured by each state's relationship with Japan as of the chosen year. */
export function MapPage() {
  const { query, pathname, navigate } = useNav();
  const { t, name, lang } = useI18n();
  const lastYear = currentYear();
  const asOf = parseAsOf(query.get("asOf")) ?? String(lastYear);
  const year = clampYear(yearOf(asOf), MAP_FIRST_YEAR, lastYear);
  const layer = parseLayer(query.get("layer"));
  const [playing, setPlaying] = useState(false);
  // Drawn in the first render when it has arrived already.
  const [world, setWorld] = useState<ProjectedWorld | null>(worldInHand);
  const [worldError, setWorldError] = useState<string | null>(null);
  const region = parseRegion(query.get("region"));
  // Zooming and dragging move the view from the region preset; choosing a region starts afresh.
  const [zoomedBox, setZoomedBox] = useState<{ region: string; box: Box } | null>(null);
  const [pinned, setPinned] = useState<string | null>(null);
  const [highlight, setHighlight] = useState<string | null>(null);

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

  // The slider moves the year and keeps the day: 15 August 1945 becomes 15 August 1946.
  const setYear = (y: number) => navigate(withParams(pathname, query, { asOf: withYear(asOf, clampYear(y, MAP_FIRST_YEAR, lastYear)) }), { replace: true });

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
    // Small states with no shape on this map are styled as shapes of their own and drawn as points, and so are
    // territories that data/ holds as places (Guam, the Northern Marianas: who held them that day). Other points
    // (American Samoa…) have no point of their own, and no legend count as "no data"; nor have territories on
    // the UN-votes layer, which has no votes for them.
    const territories = layer === "unvoting" ? [] : (relations.data.territories ?? []);
    const drawn = new Set<string | null>([...relations.data.relations.map((r) => r.isoNumeric), ...territories.map((p) => p.isoNumeric)]);
    const shapes = [...world.shapes, ...world.points.filter((p) => !p.onMap && drawn.has(p.id ?? null))];
    if (layer !== "unvoting") return { ...mapModel(shapes, relations.data.relations, layer, t, name, entityHref, lang, territories), votes: null };
    if (rankingRows === undefined) return null;
    const votes = votesModel(shapes, rankingRows, relations.data.relations, votesShownYear, t, name, entityHref);
    return { styles: votes.styles, legend: null, votes: votes.legend };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [world, relations.data, layer, lang, rankingRows, votesShownYear]);

  const names = useMemo(() => (world && relations.data ? shapeNames([...world.shapes, ...world.points], relations.data.relations, name, t("status.japan"), relations.data.territories) : new Map<string, string>()), [world, relations.data, lang]); // eslint-disable-line react-hooks/exhaustive-deps
  const box = world ? (zoomedBox?.region === region ? zoomedBox.box : world.regions[region]) : null;
  const zoomTo = (b: Box) => setZoomedBox({ region, box: b });

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
              aria-valuetext={formatDate(lang, asOf)}
              onChange={(e) => setYear(Number(e.target.value))}
            />
          </label>
          <output className="year-readout" aria-live="polite">
            {formatDate(lang, asOf)}
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
      <div className="map-view-controls" role="group" aria-label={t("map.region")}>
        {REGION_IDS.map((r) => (
          <button key={r} type="button" aria-pressed={region === r && !zoomedBox} onClick={() => (setZoomedBox(null), navigate(withParams(pathname, query, { region: r === "world" ? null : r }), { replace: true }))}>
            {t(REGION_LABEL[r])}
          </button>
        ))}
        <button type="button" disabled={!box} onClick={() => box && world && zoomTo(zoomBox(box, 0.5, box.x + box.width / 2, box.y + box.height / 2, worldBounds(world)))}>
          ＋ {t("map.zoomIn")}
        </button>
        <button type="button" disabled={!box} onClick={() => box && world && zoomTo(zoomBox(box, 2, box.x + box.width / 2, box.y + box.height / 2, worldBounds(world)))}>
          − {t("map.zoomOut")}
        </button>
      </div>
      {world && model && box ? (
        <div className="map-frame">
          <WorldMap
            world={world}
            styles={model.styles}
            renderedAs={rankingFresh ? `${shownAsOf}|${layer}` : `loading|${layer}`}
            label={t("map.ariaLabel", { layer: t(LAYER_LABEL[layer]), date: formatDate(lang, shownAsOf) })}
            box={box}
            setBox={zoomTo}
            names={names}
            highlight={highlight}
            pinned={pinned}
            onPin={setPinned}
            lang={lang}
          />
          {pinned && model.styles.get(pinned) && <PinnedCard style={model.styles.get(pinned)!} name={names.get(pinned) ?? null} onOpen={(target) => navigate(target)} onClose={() => setPinned(null)} />}
        </div>
      ) : (
        !worldError && <Loading />
      )}
      {layer === "unvoting" && (
        <p className="muted small">
          <Link href={href({ view: "votes" }, { year: inVoteData(year) ? year : null }, query)}>{t("votes.title")}</Link>
        </p>
      )}
      <p className="hint hint-hover">{t(layer === "unvoting" ? "votes.hoverHint" : "map.clickHint")}</p>
      <p className="hint hint-touch">{t("map.tapHint")}</p>
      {model?.legend && <Legend items={model.legend} highlight={highlight} setHighlight={setHighlight} />}
      {model?.votes && <VotesLegend items={model.votes} year={votesShownYear} outside={!inVoteData(votesShownYear)} goTo={setYear} />}
      {relations.data && <RelationsTable data={relations.data} votes={layer === "unvoting" ? (rankingFresh ? (rankingRows ?? null) : null) : undefined} />}
      <p className="muted small">
        <Link href={href({ view: "timeline" }, { from: year - 10, to: year + 10 }, query)}>{t("nav.timeline")}</Link> ·{" "}
        <Link href={href({ view: "network" }, { asOf: relations.data?.asOf ?? asOf }, query)}>{t("nav.network")}</Link>
      </p>
    </section>
  );
}

function worldBounds(world: ProjectedWorld): Box {
  return { x: 0, y: 0, width: world.width, height: world.height };
}
