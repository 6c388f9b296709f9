import { useEffect, useRef, useState } from "react";
import type { EntityView } from "../api/types.js";
import { cachedJson, getJson } from "../api/client.js";
import { entityUrl, today as todayUtc } from "../entity/load.js";
// The day read, as the page writes its dates ("6 December 2026", 2026年12月6日), not 2026-12-06.
import { referenceDate } from "../entity/reference-date.js";
import { useI18n, useNav } from "./location.js";
import { checkAsOf } from "./asof.js";
import { citations, type Citations } from "./cite-format.js";
import type { Lang } from "../i18n/dict.js";

const TEXT: Record<Lang, { tools: string; cite: string; share: string; title: string; release: string; copy: string; copied: string; linkCopied: string; shared: string; failed: string; close: string; loading: string }> = {
  en: {
    tools: "Cite or share this page",
    cite: "Cite this",
    share: "Share",
    title: "Cite this page",
    release: "Data release {release}, read on {day}. The address keeps the date and language you see.",
    copy: "Copy {style}",
    copied: "{style} copied to the clipboard",
    linkCopied: "Link copied to the clipboard",
    shared: "Shared",
    failed: "Could not copy: select the text and copy it",
    close: "Close",
    loading: "Loading…",
  },
  ja: {
    tools: "このページを引用・共有",
    cite: "引用",
    share: "共有",
    title: "このページを引用",
    release: "データリリース {release}、{day} 閲覧。アドレスには表示中の日付と言語が含まれます。",
    copy: "{style} をコピー",
    copied: "{style} をクリップボードにコピーしました",
    linkCopied: "リンクをクリップボードにコピーしました",
    shared: "共有しました",
    failed: "コピーできませんでした。テキストを選択してコピーしてください",
    close: "閉じる",
    loading: "読み込み中…",
  },
};

const STYLES: [keyof Citations, string][] = [
  ["apa", "APA"],
  ["chicago", "Chicago"],
  ["bibtex", "BibTeX"],
];

/** Puts text on the clipboard: the async API where allowed, else a selected textarea and the copy command. */
async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.append(area);
    area.select();
    const ok = document.execCommand("copy");
    area.remove();
    return ok;
  }
}

/** An entity page's "Cite this" and "Share" buttons, and the citation dialog. */
export function PageTools({ id }: { id: string }) {
  const { lang } = useI18n();
  const { query } = useNav();
  const text = TEXT[lang];
  const [status, setStatus] = useState("");
  const [view, setView] = useState<EntityView | null>(null);
  const [open, setOpen] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const asOf = checkAsOf(query.get("asOf"));
  // The entity page's own answer (already in hand once the page has loaded): its name and release.
  const url = entityUrl(id, { asOf: asOf.state === "ok" ? asOf.value : todayUtc(), statements: "summary" });

  useEffect(() => {
    if (open && dialog.current && !dialog.current.open) dialog.current.showModal();
  }, [open]);

  const cite = async () => {
    setStatus("");
    setView(cachedJson<EntityView>(url) ?? null);
    setOpen(true);
    if (!cachedJson<EntityView>(url)) setView(await getJson<EntityView>(url).catch(() => null));
  };
  const share = async () => {
    const link = window.location.href;
    if (typeof navigator.share === "function") {
      try {
        await navigator.share({ title: document.title, url: link });
        setStatus(text.shared);
      } catch {
        // The reader closed the share sheet: nothing to say.
      }
      return;
    }
    setStatus((await copyText(link)) ? text.linkCopied : text.failed);
  };
  const today = todayUtc();
  const cites = view ? citations({ id, name: view.entity.name, release: view.release, builtAt: view.builtAt, url: window.location.href, accessed: today, lang }) : null;

  return (
    <div className="page-tools" role="group" aria-label={text.tools} style={{ display: "flex", flexDirection: "column", alignItems: "flex-end", gap: "0.2rem" }}>
      <div style={{ display: "flex", gap: "0.5rem" }}>
        <button type="button" ref={opener} onClick={() => void cite()} aria-haspopup="dialog">
          {text.cite}
        </button>
        <button type="button" onClick={() => void share()}>
          {text.share}
        </button>
      </div>
      {/* Below the buttons, so that a message never pushes them apart on a phone. */}
      <span role="status" className="muted small">
        {open ? "" : status}
      </span>
      {open && (
        <dialog
          ref={dialog}
          className="citation-dialog cite-this"
          aria-labelledby="cite-this-title"
          onClose={() => {
            setOpen(false);
            opener.current?.focus();
          }}
          onClick={(e) => e.target === dialog.current && dialog.current?.close()}
        >
          <h2 id="cite-this-title">{text.title}</h2>
          {!cites || !view ? (
            <p className="loading" role="status">
              {text.loading}
            </p>
          ) : (
            <>
              <p className="muted small">{text.release.replace("{release}", view.release).replace("{day}", referenceDate(today, lang))}</p>
              {STYLES.map(([key, label]) => (
                <section key={key} aria-labelledby={`cite-${key}`} className={`cite-style cite-${key}`}>
                  <h3 id={`cite-${key}`} style={{ fontSize: "1rem", margin: "0.8rem 0 0.2rem" }}>
                    {label}
                  </h3>
                  <pre style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere", background: "#f4f5f6", padding: "0.5rem", margin: "0 0 0.3rem", fontSize: "0.85rem" }} lang="en">
                    {cites[key]}
                  </pre>
                  <button type="button" onClick={() => void copyText(cites[key]).then((ok) => setStatus(ok ? text.copied.replace("{style}", label) : text.failed))}>
                    {text.copy.replace("{style}", label)}
                  </button>
                </section>
              ))}
              <p role="status" className="muted small">
                {status}
              </p>
            </>
          )}
          <p style={{ textAlign: "right", margin: "0.8rem 0 0" }}>
            <button type="button" onClick={() => dialog.current?.close()}>
              {text.close}
            </button>
          </p>
        </dialog>
      )}
    </div>
  );
}
