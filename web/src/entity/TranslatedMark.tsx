import { useI18n } from "../app/location.js";

/**
 * "（gaiko仮訳）" after a Japanese name that is gaiko's own translation of a dataset's English title
 * (`nameJaTranslated` in the entity's fields), with a tooltip saying no official Japanese title was found.
 *
 * @example <h1>国際捕鯨取締条約附表の修正<TranslatedMark /></h1>
 */
export function TranslatedMark() {
  const { t } = useI18n();
  return (
    <small className="translated-name" lang="ja" title={t("entity.translatedNameTitle")}>
      {t("entity.translatedName")}
    </small>
  );
}
