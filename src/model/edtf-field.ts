import { z } from "zod";
import { isTimeError, parseTime } from "./time.js";

/** An EDTF string field, validated at parse time. */
export const Edtf = z.string().superRefine((s, ctx) => {
  const t = parseTime(s);
  if (isTimeError(t)) ctx.addIssue({ code: "custom", message: t.error.includes(" — ") ? t.error : `${t.error} — write e.g. 1978-08-12, 1584-08, 1613~, 1945/1952 or 1956-12-12/..` });
});
