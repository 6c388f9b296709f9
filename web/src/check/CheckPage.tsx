import { useId, useState } from "react";
import type { CheckResult } from "../api/types.js";
import { api, ApiFailure, postText } from "../api/client.js";
import { useI18n } from "../app/location.js";
import { Failure } from "../app/feedback.js";
import { CheckReport } from "./CheckReport.js";
import { SAMPLE_TEXT } from "./sample.js";
import { checkSummary } from "./claim-words.js";

type Outcome = { state: "idle" } | { state: "checking" } | { state: "error"; message: string; status: number | null } | { state: "done"; result: CheckResult; text: string };

/** /check: a text's claims checked against the knowledge base, marked in place, with evidence and slant notes. */
export default function CheckPage() {
  const { t, lang } = useI18n();
  const [text, setText] = useState("");
  const [outcome, setOutcome] = useState<Outcome>({ state: "idle" });
  const id = useId();
  const run = async () => {
    setOutcome({ state: "checking" });
    try {
      const result = await postText<CheckResult>(api.check(), text);
      setOutcome({ state: "done", result, text: result.document.text ?? text });
    } catch (e) {
      setOutcome({ state: "error", message: e instanceof Error ? e.message : String(e), status: e instanceof ApiFailure ? e.status : null });
    }
  };
  return (
    <section className="check-page" aria-labelledby="check-title">
      <h1 id="check-title">{t("check.title")}</h1>
      <p className="summary muted">{t("check.intro")}</p>
      <form
        className="check-form"
        onSubmit={(e) => {
          e.preventDefault();
          void run();
        }}
      >
        <label htmlFor={`${id}-text`}>{t("check.label")}</label>
        <textarea id={`${id}-text`} value={text} rows={7} onChange={(e) => setText(e.target.value)} spellCheck={false} />
        <div className="check-actions">
          <button type="button" onClick={() => setText(SAMPLE_TEXT[lang])}>
            {t("check.sample")}
          </button>
          <button type="submit" className="primary" disabled={outcome.state === "checking"}>
            {t("check.submit")}
          </button>
        </div>
      </form>
      <div aria-live="polite">
        {outcome.state === "checking" && (
          <p className="loading" role="status">
            {t("check.checking")}
          </p>
        )}
        {outcome.state === "error" && <Failure message={outcome.status ? `${outcome.message} (${outcome.status})` : outcome.message} />}
        {outcome.state === "done" && (
          <p className="check-summary" role="status">
            {checkSummary(outcome.result.stats, lang, t)}
          </p>
        )}
      </div>
      {outcome.state === "done" && <CheckReport result={outcome.result} text={outcome.text} />}
    </section>
  );
}
