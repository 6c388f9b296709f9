import { useEffect } from "react";
import type { EntityView } from "../api/types.js";
import { api } from "../api/client.js";
import { useApi, type Loadable } from "../api/useApi.js";
import { useI18n, useNav } from "../app/location.js";
import { Loading, NoData } from "../app/feedback.js";
import { parseAsOf } from "../time/dates.js";
import { coordsOf, linkedOfKind, placeClaims } from "./group.js";
import { PlacesMap } from "./PlacesMap.js";
import { Fact } from "./Fact.js";
import { AdministrationChart } from "./AdministrationChart.js";

/** A dispute's page: its places on a small map, and who claims and administers them over time. */
export function DisputeOverview({ view, onLoaded }: { view: EntityView; onLoaded?: (v: EntityView) => void }) {
  const places = linkedOfKind(view.statements, view.entity.id, "place");
  // A dispute with no place to draw and no claim on one (a boundary at sea, a textbook) gets no "Places"
  // section: a box of two "No data" lines told the reader nothing.
  if (places.length === 0) return null;
  return <PlaceViews ids={places.map((p) => p.entity.id)} onLoaded={onLoaded} />;
}

/** Loads up to four places (a dispute rarely has more) with a fixed number of hooks. */
function PlaceViews({ ids, onLoaded }: { ids: string[]; onLoaded?: (v: EntityView) => void }) {
  const { query } = useNav();
  const asOf = parseAsOf(query.get("asOf"));
  const a = useApi<EntityView>(ids[0] ? api.entity(ids[0], asOf) : null);
  const b = useApi<EntityView>(ids[1] ? api.entity(ids[1], asOf) : null);
  const c = useApi<EntityView>(ids[2] ? api.entity(ids[2], asOf) : null);
  const d = useApi<EntityView>(ids[3] ? api.entity(ids[3], asOf) : null);
  const loaded = [a, b, c, d].slice(0, Math.min(ids.length, 4));
  const views = loaded.filter((l): l is Extract<Loadable<EntityView>, { state: "ready" }> => l.state === "ready").map((l) => l.data);
  // The places' citations join the page's numbered references.
  useEffect(() => {
    for (const v of views) onLoaded?.(v);
  }, [views.length]); // eslint-disable-line react-hooks/exhaustive-deps
  if (loaded.some((l) => l.state === "loading")) return <Loading />;
  return <PlacesBody views={views} />;
}

function PlacesBody({ views }: { views: EntityView[] }) {
  const { t, name } = useI18n();
  const points = views.flatMap((v) => {
    const coords = coordsOf(v.entity.fields);
    return coords ? [{ id: v.entity.id, label: name(v.entity.name), coords }] : [];
  });
  const claims = placeClaims(views);
  if (points.length === 0 && claims.length === 0) return null;
  return (
    <section className="overview dispute-overview" aria-labelledby="places-title">
      <h2 id="places-title">{t("entity.places")}</h2>
      <div className="dispute-layout">
        <PlacesMap places={points} />
        <AdministrationChart claims={claims} />
      </div>
      <h3>{t("entity.claimants")}</h3>
      {claims.length === 0 ? (
        <NoData reason={t("entity.noStatements")} />
      ) : (
        <ul className="facts">
          {claims.map((c) => (
            <Fact key={c.statement.id} s={c.statement} selfId="" />
          ))}
        </ul>
      )}
    </section>
  );
}
