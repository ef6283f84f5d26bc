import { z } from "zod";
import { checkBank, type BankContext } from "@/lib/content/bank-rules";
import { zodProblems, type ContentProblem } from "@/lib/content/content-files";
import { scenarioSchema, type Scenario } from "@/lib/content/scenario-schema";

// The exchange format of the whole bank; see docs/scenario-bank-format.md.
export const BANK_FORMAT = "scenario-bank";
export const BANK_FORMAT_VERSION = 1;

const envelopeSchema = z.strictObject({
  format: z.literal(BANK_FORMAT),
  version: z.literal(BANK_FORMAT_VERSION),
  scenarios: z.array(z.unknown()).min(1, "must hold at least one scenario"),
});

export interface BankDocument {
  format: typeof BANK_FORMAT;
  version: typeof BANK_FORMAT_VERSION;
  scenarios: Scenario[];
}

export function toBankDocument(scenarios: readonly Scenario[]): BankDocument {
  const sorted = [...scenarios].sort((a, b) => a.slug.localeCompare(b.slug) || a.version - b.version);
  return { format: BANK_FORMAT, version: BANK_FORMAT_VERSION, scenarios: sorted };
}

/**
 * Validates a whole document: the envelope, every scenario against the shared schema, and the rules that span
 * scenarios (duplicates, sources, quotations, content notes). Count minimums are the content check's business.
 */
export function parseBankDocument(
  raw: unknown,
  context: Omit<BankContext, "minimums">,
): { ok: true; scenarios: Scenario[] } | { ok: false; problems: ContentProblem[] } {
  const envelope = envelopeSchema.safeParse(raw);
  if (!envelope.success) return { ok: false, problems: zodProblems("document", envelope.error) };

  const problems: ContentProblem[] = [];
  const scenarios: Scenario[] = [];
  envelope.data.scenarios.forEach((item, index) => {
    const parsed = scenarioSchema.safeParse(item);
    const slug = (item as { slug?: unknown } | null)?.slug;
    const where = `scenarios[${index}]${typeof slug === "string" ? ` (${slug})` : ""}`;
    if (parsed.success) scenarios.push(parsed.data);
    else problems.push(...zodProblems(where, parsed.error));
  });
  const none = { scenarios: 0, perPrimaryNarrative: 0, perCorrectImplication: 0, documented: 0 };
  problems.push(...checkBank(scenarios, { ...context, minimums: none }));
  return problems.length > 0 ? { ok: false, problems } : { ok: true, scenarios };
}
