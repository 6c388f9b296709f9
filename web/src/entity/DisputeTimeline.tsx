import { useState } from "react";
import type { TimelineResult } from "../api/types.js";
import { api } from "../api/client.js";
import { useApi } from "../api/useApi.js";
import { Link, useI18n, useNav } from "../app/location.js";
import { href } from "../app/route.js";
import { Failure, Loading } from "../app/feedback.js";
import { TimelineEntry } from "../timeline/TimelineList.js";
import { itemKey } from "../timeline/layout.js";
import "../timeline/timeline.css";

/** The first lines listed; the rest on demand (as a state's key events). */
const LISTED = 12;

/**
 * A dispute's own dated timeline, as a state page has its key events: the events and agreements that
 * concern it and who claimed and administered its places since when, in date order (the timeline API's
 * `with` for a dispute), and a link to the whole timeline filtered by it.
 */
export function DisputeTimeline({ dispute }: { dispute: string }) {
  const { t } = useI18n();
  const { query } = useNav();
  const [all, setAll] = useState(false);
  const loaded = useApi<TimelineResult>(api.timeline({ with: dispute, limit: 500 }));
  if (loaded.state === "loading") return <Loading />;
  if (loaded.state === "error") return <Failure message={loaded.message} retry={loaded.retry} />;
  // Each statement once, at its start: the timeline's second line at an interval's end ("Japan administers the
  // Senkaku Islands 1895–1945" again under 1945) read here as the same sentence written twice.
  const items = loaded.data.items.filter((i) => i.edge !== "end");
  // A dispute with no dated statement gets no section, rather than an empty one.
  if (items.length === 0) return null;
  // Never one alone behind the button.
  const listed = all || items.length <= LISTED + 1 ? items : items.slice(0, LISTED);
  const seen = new Set<string>();
  return (
    <section className="dispute-timeline" aria-labelledby="dispute-timeline-title">
      <h2 id="dispute-timeline-title">{t("entity.disputeTimeline")}</h2>
      <ol className="timeline-list statements">
        {listed.map((item) => (
          <TimelineEntry key={itemKey(item, seen)} item={item} />
        ))}
      </ol>
      {listed.length < items.length && (
        <button type="button" onClick={() => setAll(true)}>
          {t("entity.showAll", { n: items.length })}
        </button>
      )}
      <p>
        <Link href={href({ view: "timeline" }, { dispute, from: items[0]!.date.slice(0, 4) }, query)}>{t("entity.onTimeline")}</Link>
      </p>
    </section>
  );
}
