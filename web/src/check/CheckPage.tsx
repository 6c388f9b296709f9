import { useId, useState } from "react";
import type { CheckResult } from "../api/types.js";
import { api, ApiFailure, postText } from "../api/client.js";
import { useI18n } from "../app/location.js";
import { Failure } from "../app/feedback.js";
import { CheckReport } from "./CheckReport.js";
import { SAMPLE_TEXT } from "./sample.js";
import { checkSummary } from "./claim-words.js";
import { beforeSending, failureWords, type CheckFailure } from "./check-failure.js";

type Outcome =
  | { state: "idle" }
  | { state: "checking" }
  | { state: "refused"; why: "empty" | "address" }
  | { state: "error"; failure: CheckFailure; bytes: number }
  | { state: "done"; result: CheckResult; text: string };

/** /check: a text's claims checked against the knowledge base, marked in place, with evidence and slant notes. */
export default function CheckPage() {
  const { t, lang } = useI18n();
  const [text, setText] = useState("");
  const [outcome, setOutcome] = useState<Outcome>({ state: "idle" });
  const id = useId();
  const run = async () => {
    // An empty text or a bare web address is answered here, in the page's language, without a request.
    const refused = beforeSending(text);
    if (refused) return setOutcome({ state: "refused", why: refused });
    setOutcome({ state: "checking" });
    try {
      const result = await postText<CheckResult>(api.check(), text);
      setOutcome({ state: "done", result, text: result.document.text ?? text });
    } catch (e) {
      const failure: CheckFailure = e instanceof ApiFailure ? { status: e.status, code: e.code, message: e.message } : { status: null, code: null, message: e instanceof Error ? e.message : String(e) };
      setOutcome({ state: "error", failure, bytes: new TextEncoder().encode(text).length });
    }
  };
  const checking = outcome.state === "checking";
  return (
    <section className="check-page" aria-labelledby="check-title">
      <h1 id="check-title">{t("check.title")}</h1>
      <p className="summary muted">{t("check.intro")}</p>
      <form
        className="check-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (!checking) void run();
        }}
      >
        <label htmlFor={`${id}-text`}>{t("check.label")}</label>
        <textarea id={`${id}-text`} value={text} rows={7} onChange={(e) => setText(e.target.value)} spellCheck={false} />
        <div className="check-actions">
          <button type="button" onClick={() => setText(SAMPLE_TEXT[lang])}>
            {t("check.sample")}
          </button>
          {/* aria-disabled, not disabled: a disabled button loses the keyboard's focus to the page itself while the text is checked. */}
          <button type="submit" className="primary" aria-disabled={checking}>
            {t("check.submit")}
          </button>
        </div>
      </form>
      <div aria-live="polite">
        {checking && (
          <p className="loading" role="status">
            {t("check.checking")}
          </p>
        )}
        {outcome.state === "refused" && <Failure title={t("check.error.title")} message={t(outcome.why === "empty" ? "check.error.empty" : "check.error.address")} />}
        {outcome.state === "error" && (
          <Failure title={t("check.error.title")} message={failureWords(outcome.failure, outcome.bytes, lang, t)} retry={outcome.failure.code === "busy" || outcome.failure.status === null ? () => void run() : undefined} />
        )}
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
