import type { SourceView } from "../api/types.js";
import { api } from "../api/client.js";
import { useApi } from "../api/useApi.js";
import { Loaded, NoData } from "../app/feedback.js";
import { useI18n } from "../app/location.js";
import { Statement, EntityLink } from "./Statement.js";
import { sourceField } from "./source-fields.js";
import { EnglishOnly } from "../i18n/Role.js";

/** A source's page: what it is, and every statement and entity it supports. */
export function SourcePage({ id }: { id: string }) {
  const loaded = useApi<SourceView>(api.source(id));
  return <Loaded value={loaded}>{(data) => <SourceBody data={data} />}</Loaded>;
}

function SourceBody({ data }: { data: SourceView }) {
  const { t, name, lang } = useI18n();
  const fields = data.source.fields;
  const url = typeof fields["url"] === "string" ? fields["url"] : null;
  const shown = Object.entries(fields).filter(([k, v]) => k !== "url" && k !== "tags" && (typeof v === "string" || typeof v === "number"));
  return (
    <article className="entity-page kind-source" aria-labelledby="entity-title">
      <header className="entity-header">
        <p className="eyebrow">{t("entity.kind.source")}</p>
        <h1 id="entity-title">{name(data.source.name)}</h1>
        {url && (
          <p>
            <a href={url} target="_blank" rel="noreferrer noopener">
              {t("cite.url")} ↗
            </a>
          </p>
        )}
        {shown.length > 0 && (
          <dl className="fields">
            {shown.map(([k, v]) => {
              const f = sourceField(lang, k, v as string | number);
              return (
                <div key={k}>
                  <dt>{f.label}</dt>
                  <dd>
                    {f.englishOnly ? (
                      <>
                        <span lang="en">{f.value}</span> <EnglishOnly />
                      </>
                    ) : (
                      f.value
                    )}
                  </dd>
                </div>
              );
            })}
          </dl>
        )}
      </header>
      <section aria-labelledby="supports-title">
        <h2 id="supports-title">
          {t("source.supports")} <span className="count">{data.statements.length}</span>
        </h2>
        {data.statements.length === 0 ? (
          <NoData reason={t("entity.noStatements")} />
        ) : (
          <ul className="statements">
            {data.statements.map((s) => (
              <Statement key={s.id} s={s} selfId={data.source.id} />
            ))}
          </ul>
        )}
      </section>
      {/* Only when some entity cites it as a whole: "Entities that cite it 0" under a statement naming two of them read as a contradiction. */}
      {data.entities.length > 0 && (
        <section aria-labelledby="cited-by-title">
          <h2 id="cited-by-title">
            {t("source.entities")} <span className="count">{data.entities.length}</span>
          </h2>
          <ul>
            {data.entities.map((e) => (
              <li key={e.id}>
                <EntityLink entity={e} /> {e.locator && <span className="muted">({e.locator})</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
