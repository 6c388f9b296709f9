import type { EntityView } from "../api/types.js";
import { useI18n } from "../app/location.js";
import { membersOnDay } from "./fact-counts.js";
import { longDate } from "./sentences.js";

/**
 * An organisation's members on the page's date, counted by the engine ("82 recorded members on 1 January
 * 1960"): "recorded", since an organisation may hold only Japan's membership statement, not its whole roll.
 */
export function MembersOnDay({ view, day }: { view: EntityView; day: string }) {
  const { t, lang } = useI18n();
  const n = membersOnDay(view);
  if (n === null) return null;
  return <p className="members-on-day">{t(n === 1 ? "entity.memberOnDay" : "entity.membersOnDay", { n, date: longDate(day, lang) })}</p>;
}
