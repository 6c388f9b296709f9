import { useEffect, useState } from "react";
import { useI18n } from "../app/location.js";
import { Failure, Loading, NoData } from "../app/feedback.js";
import { loadTopology } from "../map/world.js";
import { placesMap, type Place } from "../map/places.js";
import { placesCaption } from "./coordinates.js";

const W = 420;
const H = 280;

/** A small map of places (a dispute's islands, a place's location). */
export function PlacesMap({ places }: { places: Place[] }) {
  const { t, lang } = useI18n();
  const [topology, setTopology] = useState<unknown>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    loadTopology().then(setTopology, (e: unknown) => setError(String(e)));
  }, []);
  if (places.length === 0) return <NoData reason={t("entity.noCoords")} />;
  if (error) return <Failure message={error} />;
  if (!topology) return <Loading />;
  const { land, points } = placesMap(topology, places, W, H);
  const label = placesCaption(places, lang);
  return (
    <figure className="places-map">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label}>
        <rect width={W} height={H} className="sea" />
        {land.map((l) => (
          <path key={l.key} d={l.d} className="land" />
        ))}
        {points.map((p) => (
          <g key={p.id} transform={`translate(${p.x},${p.y})`}>
            <circle r={6} className="place-dot" />
            <text x={9} y={4} className="place-label">
              {p.label}
            </text>
          </g>
        ))}
      </svg>
      <figcaption className="small muted">{label}</figcaption>
    </figure>
  );
}
