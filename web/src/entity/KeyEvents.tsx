import type { TimelineResult } from "../api/types.js";
import { api } from "../api/client.js";
import { useApi } from "../api/useApi.js";
import { Link, useI18n, useNav } from "../app/location.js";
import { href } from "../app/route.js";
import { Loading } from "../app/feedback.js";
import { importedOnly, keyEvents } from "./group.js";
import { MiniTimeline } from "./MiniTimeline.js";

/**
 * A state's key events with Japan on a small axis. Events only a dataset records (each militarised
 * dispute of the conflict data) are left to the section that counts them.
 */
export function KeyEvents({ state }: { state: string }) {
  const { t } = useI18n();
  const { query } = useNav();
  const events = useApi<TimelineResult>(api.timeline({ with: state, kind: "event", limit: 500 }));
  return (
    <section aria-labelledby="events-title" className="key-events">
      <h2 id="events-title">{t("entity.events")}</h2>
      {events.state === "ready" ? <MiniTimeline events={keyEvents(events.data.items.filter((i) => !importedOnly(i.statement)))} /> : <Loading />}
      {/* The state's own dated timeline with Japan, whole, on the timeline page. */}
      <p>
        <Link href={href({ view: "timeline" }, { with: state }, query)}>{t("entity.onTimeline")}</Link>
      </p>
    </section>
  );
}
