import { Kind } from "../model/ids.js";
import { UsageError } from "./output.js";

/**
 * `--kind`: one of the entity kinds, or undefined when not given. Apart from the other flags, which
 * need no schema: a command without --kind (show) loads no zod through it.
 *
 * @example parseKind("state") // "state"
 */
export function parseKind(v: string | undefined): Kind | undefined {
  if (v === undefined) return undefined;
  const r = Kind.safeParse(v);
  if (!r.success) throw new UsageError("--kind", `one of ${Kind.options.join(", ")} (got "${v}")`);
  return r.data;
}
