import { IMPLICATION_CODES, type ImplicationCode } from "@/lib/domain/implications";
import { NARRATIVE_CODES, type NarrativeCode } from "@/lib/domain/narratives";
import type { ContentProblem } from "@/lib/content/content-files";
import type { Scenario } from "@/lib/content/scenario-schema";
import type { Source } from "@/lib/content/sources";

export const BANK_MINIMUMS = {
  scenarios: 48,
  perPrimaryNarrative: 10,
  perCorrectImplication: 4,
  documented: 16,
} as const;

export interface BankCounts {
  total: number;
  narrative: Record<NarrativeCode, number>;
  implication: Record<ImplicationCode, number>;
  kind: Record<Scenario["kind"], number>;
  difficulty: Record<"1" | "2" | "3", number>;
}

function tally<K extends string>(keys: readonly K[], values: readonly K[]): Record<K, number> {
  const counts = Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
  for (const v of values) counts[v] += 1;
  return counts;
}

export function countBank(scenarios: readonly Scenario[]): BankCounts {
  return {
    total: scenarios.length,
    narrative: tally(NARRATIVE_CODES, scenarios.map((s) => s.narratives.primary)),
    implication: tally(IMPLICATION_CODES, scenarios.map((s) => s.implications.correct)),
    kind: tally(["documented", "composite"] as const, scenarios.map((s) => s.kind)),
    difficulty: tally(["1", "2", "3"] as const, scenarios.map((s) => String(s.difficulty) as "1" | "2" | "3")),
  };
}

// Quotation marks and spacing vary between the seeds' typography and ours; words must not.
export function normaliseText(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201F\u2033]/g, '"')
    .replace(/[\u2013\u2014]/g, "-")
    .replace(/\u2026/g, "...")
    .replace(/\s+/g, " ")
    .trim();
}

export function quotedSpans(testimony: string): string[] {
  const spans: string[] = [];
  for (const match of normaliseText(testimony).matchAll(/"([^"]+)"/g)) {
    const span = match[1]?.trim().replace(/^[.,;:]+|[.,;:]+$/g, "").trim();
    if (span) spans.push(span);
  }
  return spans;
}

const VIOLENCE = /\b(kill|killed|killing|killings|execut\w*|behead\w*|murder\w*|suicide bomb\w*|atrocit\w*|tortur\w*|massacre\w*|cannon fodder|shot|corpse\w*|dead|death)\b/i;

export function describesViolence(scenario: Scenario): boolean {
  const narratives = [scenario.narratives.primary, ...scenario.narratives.accepted];
  return narratives.includes("BRUTALITY") || VIOLENCE.test(scenario.testimony);
}

export interface BankContext {
  sources: readonly Source[];
  /** Seed file name to its text; a seed missing here cannot be cited. */
  seedTexts: ReadonlyMap<string, string>;
  minimums?: { [K in keyof typeof BANK_MINIMUMS]: number };
}

// Rules that span the whole bank or reach outside one scenario: counts, duplicates, sources, quotes.
export function checkBank(scenarios: readonly Scenario[], context: BankContext): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const minimums = context.minimums ?? BANK_MINIMUMS;
  const add = (where: string, field: string, message: string) => problems.push({ where, field, message });

  const seen = { slug: new Map<string, string>(), testimony: new Map<string, string>(), title: new Map<string, string>() };
  for (const s of scenarios) {
    const key = `${s.slug}@${s.version}`;
    for (const [field, value] of [
      ["slug", s.slug],
      ["testimony", normaliseText(s.testimony).toLowerCase()],
      ["title", normaliseText(s.title).toLowerCase()],
    ] as const) {
      const other = seen[field].get(value);
      if (other) add(key, field, `duplicates the ${field} of ${other}`);
      else seen[field].set(value, key);
    }

    const source = context.sources.find((src) => src.seed === s.source.seed);
    const seedText = context.seedTexts.get(s.source.seed);
    if (!source || seedText === undefined) {
      add(key, "source.seed", `cites "${s.source.seed}", which is not a known source`);
    } else {
      if (source.publisher !== s.source.publisher) {
        add(key, "source.publisher", `must be ${JSON.stringify(source.publisher)} as listed for ${source.seed}`);
      }
      if (source.date !== s.source.date) {
        add(key, "source.date", `must be ${JSON.stringify(source.date)} as listed for ${source.seed}`);
      }
      const haystack = normaliseText(seedText);
      for (const span of quotedSpans(s.testimony)) {
        if (!haystack.includes(span)) add(key, "testimony", `quotes "${span}", which is not verbatim in ${s.source.seed}`);
      }
    }
    if (describesViolence(s) && !s.contentNote) add(key, "contentNote", "is required where violence is described");
  }

  const counts = countBank(scenarios);
  if (counts.total < minimums.scenarios) {
    add("bank", "scenarios", `has ${counts.total} scenarios; at least ${minimums.scenarios} are required`);
  }
  for (const code of NARRATIVE_CODES) {
    if (counts.narrative[code] < minimums.perPrimaryNarrative) {
      add("bank", `narratives.${code}`, `is the primary narrative of ${counts.narrative[code]} scenarios; at least ${minimums.perPrimaryNarrative} are required`);
    }
  }
  for (const code of IMPLICATION_CODES) {
    if (counts.implication[code] < minimums.perCorrectImplication) {
      add("bank", `implications.${code}`, `is the correct implication of ${counts.implication[code]} scenarios; at least ${minimums.perCorrectImplication} are required`);
    }
  }
  if (counts.kind.documented < minimums.documented) {
    add("bank", "kind.documented", `has ${counts.kind.documented} documented scenarios; at least ${minimums.documented} are required`);
  }
  return problems;
}
