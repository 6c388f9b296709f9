import { useState } from "react";
import type { EntityView } from "../api/types.js";
import { useI18n } from "../app/location.js";
import { NoData } from "../app/feedback.js";
import { Fact } from "./Fact.js";
import { Slices } from "./Slices.js";
import { datasetLine } from "./words.js";
import { importedOnly } from "./group.js";
import { capitalised, headingName, sectionHeading, sectionSide } from "./section-heading.js";
import { givenWhole } from "./box-facts.js";
import { orderSections } from "./section-order.js";
import { foldNearDuplicates } from "./fold.js";

const SHOWN = 4;

type Section = NonNullable<EntityView["sections"]>[number];

/**
 * The entity's statements by section, most important first: written statements as sentences (the
 * first few, then the rest on demand), imported dataset rows as one line each, expandable.
 */
export function Sections({ view, day, onLoaded }: { view: EntityView; day: string; onLoaded: (v: EntityView) => void }) {
  const { t, lang } = useI18n();
  // A section the fact box above already gives whole (an event's date, a person's offices) is not written twice.
  const shown = [...(view.sections ?? [])].filter((s) => !givenWhole(view, s));
  const sections = orderSections(view.entity.kind, shown);
  const headingOf = (s: Section) => sectionHeading(s.p, s.label, sectionSide(view.statements, s.p, view.entity.id), headingName(view.entity, lang), lang);
  if ((view.sections ?? []).length === 0) return <NoData reason={t("entity.noStatements")} />;
  // The most important sections open; the rest folded under their headings (Japan has thirty).
  return (
    <>
      {sections.slice(0, OPEN).map((s) => (
        <SectionView key={s.p} section={s} heading={headingOf(s)} view={view} day={day} onLoaded={onLoaded} />
      ))}
      {sections.slice(OPEN).map((s) => (
        <details key={s.p} className="folded-section">
          <summary>
            {capitalised(headingOf(s))} <span className="count">{s.count}</span>
          </summary>
          <SectionView section={s} heading={headingOf(s)} view={view} day={day} onLoaded={onLoaded} folded />
        </details>
      ))}
    </>
  );
}

const OPEN = 6;

function SectionView({ section, heading, view, day, onLoaded, folded }: { section: Section; heading: string; view: EntityView; day: string; onLoaded: (v: EntityView) => void; folded?: boolean }) {
  const { t } = useI18n();
  const [more, setMore] = useState(false);
  const id = view.entity.id;
  // Near-duplicates (an undated statement beside a dated one of the same edge) on one line (fold.ts). Where the
  // summary holds every written statement of the section, its count is of lines; else of statements.
  const loaded = view.statements.filter((s) => s.p === section.p && !importedOnly(s));
  const lines = foldNearDuplicates(loaded);
  const total = loaded.length === section.curated ? lines.length : section.curated;
  // The first few (the summary holds up to eight per section); the rest on demand, but never one alone behind a
  // button ("Show all 5" under four of a trip's five participants).
  const preview = lines.slice(0, total === SHOWN + 1 ? SHOWN + 1 : SHOWN);
  return (
    <section className="facts-section" aria-label={heading}>
      {!folded && (
        <h3>
          {capitalised(heading)} <span className="count">{section.count - (section.curated - total)}</span>
        </h3>
      )}
      {section.curated > 0 &&
        (more ? (
          <Slices id={id} query={{ asOf: day, p: section.p, origin: "curated" }} total={section.curated} size={50} onLoaded={onLoaded} fold />
        ) : (
          <>
            <ul className="facts">
              {preview.map((l) => (
                <Fact key={l.s.id} s={l.s} folded={l.folded} selfId={id} />
              ))}
            </ul>
            {total > preview.length && (
              <button type="button" onClick={() => setMore(true)}>
                {t("entity.showAll", { n: total })}
              </button>
            )}
          </>
        ))}
      {section.datasets.map((d) => (
        <DatasetRows key={d.dataset} id={id} day={day} p={section.p} side={sectionSide(view.statements, section.p, id)} d={d} onLoaded={onLoaded} />
      ))}
    </section>
  );
}

/** One dataset's rows in a section: a line ("14 militarised disputes, 1931–2001") that opens the list. */
function DatasetRows({ id, day, p, side, d, onLoaded }: { id: string; day: string; p: string; side: string | null; d: Section["datasets"][number]; onLoaded: (v: EntityView) => void }) {
  const { t, lang } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <div className="dataset-rows">
      <p>
        <span className="dataset-line">{datasetLine(d.dataset, p, d.count, d.from, d.to, lang, side)}</span>{" "}
        <button type="button" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
          {open ? t("entity.hideRows") : t("entity.showRows")}
        </button>
      </p>
      {open && <Slices id={id} query={{ asOf: day, p, origin: `dataset:${d.dataset}` }} total={d.count} size={50} onLoaded={onLoaded} />}
    </div>
  );
}
