import { useEffect, useState } from "react";
import type { EntityView } from "../api/types.js";
import { useApi } from "../api/useApi.js";
import { useI18n } from "../app/location.js";
import { Failure, Loading } from "../app/feedback.js";
import { Fact } from "./Fact.js";
import { foldNearDuplicates } from "./fold.js";
import { entityUrl, type EntityPartQuery } from "./load.js";

/**
 * A long list of an entity's statements, loaded a page at a time as the reader asks (Japan has
 * thousands): each page is one API answer, handed to `onLoaded` so its references get numbers. A
 * section's list (`fold`) writes near-duplicates of a page on one line (fold.ts); the full statement
 * list shows every statement.
 */
export function Slices({ id, query, total, size, onLoaded, fold = false }: { id: string; query: EntityPartQuery; total: number; size: number; onLoaded: (v: EntityView) => void; fold?: boolean }) {
  const { t } = useI18n();
  const [pages, setPages] = useState(1);
  const shown = Math.min(total, pages * size);
  return (
    <div className="slices">
      <ul className="facts">
        {Array.from({ length: pages }, (_, i) => (
          <SlicePage key={i} id={id} query={{ ...query, limit: size, offset: i * size }} onLoaded={onLoaded} fold={fold} />
        ))}
      </ul>
      <p className="small muted" aria-live="polite">
        {t("entity.pageOf", { from: total ? 1 : 0, to: shown, total })}
      </p>
      {shown < total && (
        <button type="button" onClick={() => setPages((p) => p + 1)}>
          {t("entity.loadMore", { n: Math.min(size, total - shown) })}
        </button>
      )}
    </div>
  );
}

function SlicePage({ id, query, onLoaded, fold }: { id: string; query: EntityPartQuery; onLoaded: (v: EntityView) => void; fold: boolean }) {
  const loaded = useApi<EntityView>(entityUrl(id, query));
  const data = loaded.state === "ready" ? loaded.data : null;
  useEffect(() => {
    if (data) onLoaded(data);
  }, [data, onLoaded]);
  if (loaded.state === "loading") return <li><Loading /></li>;
  if (loaded.state === "error") return <li><Failure message={loaded.message} retry={loaded.retry} /></li>;
  return (
    <>
      {(fold ? foldNearDuplicates(loaded.data.statements) : loaded.data.statements.map((s) => ({ s, folded: [] }))).map((l) => (
        <Fact key={l.s.id} s={l.s} folded={l.folded} selfId={id} />
      ))}
    </>
  );
}
