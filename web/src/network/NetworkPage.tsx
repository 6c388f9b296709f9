import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import Graph from "graphology";
import Sigma from "sigma";
import type { GraphResult, Kind } from "../api/types.js";
import { api } from "../api/client.js";
import { useApiKeep } from "../api/useApi.js";
import { Link, useI18n, useNav } from "../app/location.js";
import { href, withParams } from "../app/route.js";
import { Failure, Loading, NoData } from "../app/feedback.js";
import { currentYear, formatDate, parseAsOf } from "../time/dates.js";
import { EDGE_COLOUR, KIND_COLOUR, NETWORK_KINDS, networkModel, parseKinds, type PlacedNode } from "./model.js";

/** Japan's ties as of a date, drawn with sigma (WebGL); the same ties as a table below. Loaded only on /network. */
export default function NetworkPage() {
  const { query, pathname, navigate } = useNav();
  const { t, lang, name } = useI18n();
  const asOf = parseAsOf(query.get("asOf")) ?? String(currentYear());
  const kinds = parseKinds(query.get("kinds"));
  const graph = useApiKeep<GraphResult>(api.graph(asOf));
  const model = useMemo(() => (graph.data ? networkModel(graph.data, kinds) : null), [graph.data, kinds.join(",")]); // eslint-disable-line react-hooks/exhaustive-deps
  const labelOf = useCallback((n: PlacedNode) => name(n.name), [lang]); // eslint-disable-line react-hooks/exhaustive-deps
  const byId = useMemo(() => new Map((model?.nodes ?? []).map((n) => [n.id, n])), [model]);

  const toggle = (k: Kind) => {
    const next = kinds.includes(k) ? kinds.filter((x) => x !== k) : [...kinds, k];
    navigate(withParams(pathname, query, { kinds: next.length ? NETWORK_KINDS.filter((x) => next.includes(x)).join(",") : null }), { replace: true });
  };

  return (
    <section className="network-page" aria-labelledby="network-title">
      <h1 id="network-title">
        {t("network.title")} <span className="as-of">{formatDate(lang, asOf)}</span>
      </h1>
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <label>
          {t("asOf")}{" "}
          <input
            type="number"
            min={1850}
            max={currentYear()}
            value={Number(asOf.slice(0, 4))}
            onChange={(e) => e.target.value.length === 4 && navigate(withParams(pathname, query, { asOf: e.target.value }), { replace: true })}
          />
        </label>
        <fieldset>
          <legend>{t("network.kinds")}</legend>
          {NETWORK_KINDS.map((k) => (
            <label key={k}>
              <input type="checkbox" checked={kinds.includes(k)} onChange={() => toggle(k)} /> {t(`entity.kind.${k}`)}
            </label>
          ))}
        </fieldset>
      </form>
      {graph.error && <Failure message={graph.error} />}
      {!model ? (
        <Loading />
      ) : (
        <>
          <p className="muted">{t("network.nodes", { n: model.nodes.length, m: model.edges.length })}</p>
          <NetworkLegend kinds={kinds} predicates={[...new Set(model.edges.map((e) => e.p))]} />
          <SigmaGraph nodes={model.nodes} edges={model.edges} onOpen={(id) => navigate(href({ view: "entity", id }, { asOf }, query))} label={labelOf} />
          <details className="ties-table">
            <summary>{t("network.edges")}</summary>
            {model.edges.length === 0 ? (
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
                    {model.edges.map((e) => {
                      const s = byId.get(e.source);
                      const o = byId.get(e.target);
                      return (
                        <tr key={e.id}>
                          <td>{s && <Link href={href({ view: "entity", id: s.id }, { asOf }, query)}>{name(s.name)}</Link>}</td>
                          <td>{e.p.replace(/-/g, " ")}</td>
                          <td>{o && <Link href={href({ view: "entity", id: o.id }, { asOf }, query)}>{name(o.name)}</Link>}</td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
            )}
          </details>
        </>
      )}
    </section>
  );
}

/** Node colours by kind and edge colours by type of tie. */
function NetworkLegend({ kinds, predicates }: { kinds: Kind[]; predicates: string[] }) {
  const { t } = useI18n();
  const swatch = (colour: string, round: boolean) => (
    <svg width="14" height="14" aria-hidden="true">
      {round ? <circle cx="7" cy="7" r="6" fill={colour} /> : <rect y="5" width="14" height="4" fill={colour} />}
    </svg>
  );
  return (
    <ul className="network-legend" aria-label={t("map.legend")}>
      <li>
        {swatch(KIND_COLOUR.japan!, true)} {t("status.japan")}
      </li>
      {kinds.map((k) => (
        <li key={k}>
          {swatch(KIND_COLOUR[k] ?? "#888", true)} {t(`entity.kind.${k}`)}
        </li>
      ))}
      {predicates.map((p) => (
        <li key={p}>
          {swatch(EDGE_COLOUR[p] ?? "#bbb", false)} {p.replace(/-/g, " ")}
        </li>
      ))}
    </ul>
  );
}

function SigmaGraph({ nodes, edges, onOpen, label }: { nodes: PlacedNode[]; edges: { id: string; source: string; target: string; p: string; certain: boolean }[]; onOpen: (id: string) => void; label: (n: PlacedNode) => string }) {
  const { t } = useI18n();
  const box = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(false);
  const open = useRef(onOpen);
  open.current = onOpen;
  useEffect(() => {
    if (!box.current) return;
    const g = new Graph({ multi: true, type: "directed" });
    for (const n of nodes) g.addNode(n.id, { x: n.x, y: n.y, size: n.size, label: label(n), color: n.colour });
    for (const e of edges) g.addEdgeWithKey(e.id, e.source, e.target, { size: e.p === "alliance" ? 2.5 : 1, color: EDGE_COLOUR[e.p] ?? "#bbb" });
    let sigma: Sigma | null = null;
    try {
      sigma = new Sigma(g, box.current, { renderEdgeLabels: false, labelRenderedSizeThreshold: 7, defaultEdgeType: "line" });
      sigma.on("clickNode", ({ node }) => open.current(node));
      box.current.dataset["rendered"] = String(nodes.length);
      setFailed(false);
    } catch {
      setFailed(true);
    }
    return () => sigma?.kill();
  }, [nodes, edges, label]);
  return (
    <>
      {failed && <NoData reason={t("network.noWebgl")} />}
      <div ref={box} className="sigma-box" aria-hidden="true" style={failed ? { display: "none" } : undefined} />
    </>
  );
}
