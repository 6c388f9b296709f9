import type { GraphResult } from "../api/types.js";
import { Link, useI18n } from "../app/location.js";
import { NoData } from "../app/feedback.js";

type Node = GraphResult["nodes"][number];
type Predicate = GraphResult["edges"][number]["p"];

const LABELLED = new Set<string>([
  "diplomatic-relations", "alliance", "at-war", "recognizes", "member-of", "observer-of", "party-to", "occupies", "rules", "administers", "claims", "sanctions",
]);

/** Every tie of the graph, one row each, in a closed disclosure: the figure's and lists' source. */
export function TiesTable({ graph, entityHref }: { graph: GraphResult; entityHref: (id: string) => string }) {
  const { t, lang, name } = useI18n();
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const tie = (p: Predicate) => (LABELLED.has(p) ? t(`network.p.${p}` as Parameters<typeof t>[0]) : p.replace(/-/g, " "));
  const cell = (n: Node | undefined) =>
    n && (
      <Link href={entityHref(n.id)} lang={lang === "ja" && !n.name.ja ? "en" : undefined}>
        {name(n.name)}
      </Link>
    );
  return (
    <details className="ties-table">
      <summary>
        {t("network.edges")} <span className="count">({graph.edges.length})</span>
      </summary>
      {graph.edges.length === 0 ? (
        <NoData reason={t("network.empty")} />
      ) : (
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t("network.col.from")}</th>
                <th scope="col">{t("network.col.tie")}</th>
                <th scope="col">{t("network.col.to")}</th>
              </tr>
            </thead>
            <tbody>
              {graph.edges.map((e) => (
                <tr key={e.id} className={e.certain ? undefined : "uncertain"}>
                  <td>{cell(byId.get(e.source))}</td>
                  <td>
                    {tie(e.p)}
                    {!e.certain && <span className="muted"> ({t("network.uncertain")})</span>}
                  </td>
                  <td>{cell(byId.get(e.target))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </details>
  );
}
