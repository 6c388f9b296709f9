import type { Loadable } from "../api/useApi.js";
import { useI18n } from "./location.js";
import type { ReactNode } from "react";

/** "No data" as a value: shown with its reason, never a blank. */
export function NoData({ reason }: { reason: string }) {
  const { t } = useI18n();
  return <p className="nodata">{t("nodata.reason", { reason })}</p>;
}

export function Loading() {
  const { t } = useI18n();
  return (
    <p className="loading" role="status">
      {t("loading")}
    </p>
  );
}

export function Failure({ message, retry, title }: { message: string; retry?: () => void; title?: string }) {
  const { t, lang } = useI18n();
  return (
    <div className="failure" role="alert">
      <strong>{title ?? t("error.title")}</strong>
      {lang === "ja" ? "：" : ": "}
      {message}{" "}
      {retry && (
        <button type="button" onClick={retry}>
          {t("error.retry")}
        </button>
      )}
    </div>
  );
}

/** Renders a loadable: loading, failure, or its data. */
export function Loaded<T>({ value, children }: { value: Loadable<T>; children: (data: T) => ReactNode }) {
  if (value.state === "loading") return <Loading />;
  if (value.state === "error") return <Failure message={value.message} retry={value.retry} />;
  return <>{children(value.data)}</>;
}
