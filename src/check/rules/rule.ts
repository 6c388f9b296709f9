import type { Candidate, RuleId } from "../claim.js";
import type { SentenceContext } from "../context.js";

/**
 * One way of reading claims in a sentence, kept apart so that each can be measured and tested on its
 * own table of sentences (spaCy's span ruler keeps patterns as data the same way).
 */
export interface Rule {
  id: RuleId;
  /** What the rule reads, in a sentence. */
  doc: string;
  propose(ctx: SentenceContext): Candidate[];
}
