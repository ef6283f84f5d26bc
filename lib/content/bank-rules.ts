import { IMPLICATION_CODES, type ImplicationCode } from "@/lib/domain/implications";
import { NARRATIVE_CODES, type NarrativeCode } from "@/lib/domain/narratives";
import type { ContentProblem } from "@/lib/content/content-files";
import { checkScenario, cueAdvisories } from "@/lib/content/item-rules";
import type { Scenario } from "@/lib/content/scenario-schema";
import type { Source } from "@/lib/content/sources";
import { normaliseText } from "@/lib/content/text";

export { normaliseText, quotedSpans } from "@/lib/content/text";

// Counted over practice items only: examples are never drawn in practice.
export const BANK_MINIMUMS = {
  scenarios: 48,
  perPrimaryNarrative: 10,
  perCorrectImplication: 4,
  documented: 8,
  examplesPerNarrative: 2,
} as const;

/**
 * For each implication, the share of the practice items offering it in which it is the key: k / (k + d), with k the
 * items it is the key of and d those it is a distractor in. Every item offers four implications, so the shares
 * average 1/4; keeping each between 0.20 and 1/3 (2k ≤ d ≤ 4k) means neither "always pick X" nor "never pick X"
 * beats chance by much. See docs/scenario-bank-format.md.
 */
export const IMPLICATION_SHARE = { min: 0.2, max: 1 / 3 } as const;

export interface BankMinimums {
  scenarios: number;
  perPrimaryNarrative: number;
  perCorrectImplication: number;
  documented: number;
  /** Exactly this many example items per narrative; not checked when absent or 0. */
  examplesPerNarrative?: number;
  /** Bounds on each implication's key share; not checked when absent or null. */
  implicationShare?: { min: number; max: number } | null;
}

const WHOLE_BANK: BankMinimums = { ...BANK_MINIMUMS, implicationShare: IMPLICATION_SHARE };

export interface ImplicationShare {
  key: number;
  distractor: number;
  share: number;
}

export interface BankCounts {
  /** Every scenario, practice and example. */
  total: number;
  /** The rest of the counts are over practice items. */
  practice: number;
  purpose: Record<Scenario["purpose"], number>;
  narrative: Record<NarrativeCode, number>;
  implication: Record<ImplicationCode, number>;
  kind: Record<Scenario["kind"], number>;
  difficulty: Record<"1" | "2" | "3", number>;
  /** Practice items that accept at least one secondary narrative. */
  secondary: number;
  shares: Record<ImplicationCode, ImplicationShare>;
}

function tally<K extends string>(keys: readonly K[], values: readonly K[]): Record<K, number> {
  const counts = Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
  for (const v of values) counts[v] += 1;
  return counts;
}

export function practiceItems(scenarios: readonly Scenario[]): Scenario[] {
  return scenarios.filter((s) => s.purpose === "practice");
}

export function implicationShares(scenarios: readonly Scenario[]): Record<ImplicationCode, ImplicationShare> {
  const practice = practiceItems(scenarios);
  const key = tally(IMPLICATION_CODES, practice.map((s) => s.implications.correct));
  const distractor = tally(IMPLICATION_CODES, practice.flatMap((s) => s.implications.distractors));
  return Object.fromEntries(
    IMPLICATION_CODES.map((code) => {
      const offered = key[code] + distractor[code];
      return [code, { key: key[code], distractor: distractor[code], share: offered === 0 ? 0 : key[code] / offered }];
    }),
  ) as Record<ImplicationCode, ImplicationShare>;
}

export function countBank(scenarios: readonly Scenario[]): BankCounts {
  const practice = practiceItems(scenarios);
  return {
    total: scenarios.length,
    practice: practice.length,
    purpose: tally(["practice", "example"] as const, scenarios.map((s) => s.purpose)),
    narrative: tally(NARRATIVE_CODES, practice.map((s) => s.narratives.primary)),
    implication: tally(IMPLICATION_CODES, practice.map((s) => s.implications.correct)),
    kind: tally(["documented", "composite"] as const, practice.map((s) => s.kind)),
    difficulty: tally(["1", "2", "3"] as const, practice.map((s) => String(s.difficulty) as "1" | "2" | "3")),
    secondary: practice.filter((s) => s.narratives.accepted.length > 0).length,
    shares: implicationShares(scenarios),
  };
}

// Two passages overlap when one contains the other or they share a run of this many words.
const OVERLAP_WORDS = 8;

function wordRuns(passage: string): Set<string> {
  const words = normaliseText(passage).toLowerCase().replace(/[^a-z0-9' ]+/g, " ").split(/\s+/).filter(Boolean);
  const runs = new Set<string>();
  for (let i = 0; i + OVERLAP_WORDS <= words.length; i++) runs.add(words.slice(i, i + OVERLAP_WORDS).join(" "));
  return runs;
}

function overlaps(a: string, b: string, runsA: Set<string>, runsB: Set<string>): boolean {
  const na = normaliseText(a).toLowerCase();
  const nb = normaliseText(b).toLowerCase();
  if (na.includes(nb) || nb.includes(na)) return true;
  for (const run of runsA) if (runsB.has(run)) return true;
  return false;
}

/** Advisory notes for authors (not failures): testimonies from difficulty 2 up that name only their key's cue. */
export function bankAdvisories(scenarios: readonly Scenario[]): ContentProblem[] {
  return scenarios.flatMap((s) => cueAdvisories(s).map((message) => ({ where: `${s.slug}@${s.version}`, field: "testimony", message })));
}

export interface BankContext {
  sources: readonly Source[];
  /** Seed file name to its text; a seed missing here cannot be cited. */
  seedTexts: ReadonlyMap<string, string>;
  /** The whole bank's minimums and composition rules; a partial bank (an import) passes zeros. */
  minimums?: BankMinimums;
}

// Rules for each scenario, and those that span the whole bank: counts, examples, shares, duplicates, passages.
export function checkBank(scenarios: readonly Scenario[], context: BankContext): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const minimums = context.minimums ?? WHOLE_BANK;
  const add = (where: string, field: string, message: string) => problems.push({ where, field, message });
  const name = (s: Scenario) => `${s.slug}@${s.version}`;

  const seen = { slug: new Map<string, string>(), testimony: new Map<string, string>(), title: new Map<string, string>() };
  for (const s of scenarios) {
    const key = name(s);
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
    }
    for (const problem of checkScenario(s, source ? seedText : undefined)) add(key, problem.field, problem.message);
  }

  // The same passage gets the same key: the same primary narrative everywhere, and between documented items the
  // same implication too (a composite built on a documented pattern may put a different policy question).
  const runs = scenarios.map((s) => wordRuns(s.source.passage));
  scenarios.forEach((s, j) => {
    for (let i = 0; i < j; i++) {
      const other = scenarios[i]!;
      if (!overlaps(other.source.passage, s.source.passage, runs[i]!, runs[j]!)) continue;
      const bothDocumented = s.kind === "documented" && other.kind === "documented";
      if (bothDocumented && (s.narratives.primary !== other.narratives.primary || s.implications.correct !== other.implications.correct)) {
        add(
          name(s),
          "source.passage",
          `rests on the passage of ${name(other)} but is keyed ${s.narratives.primary} / ${s.implications.correct} where it is keyed ${other.narratives.primary} / ${other.implications.correct}`,
        );
        break;
      }
      if (s.narratives.primary !== other.narratives.primary) {
        add(name(s), "source.passage", `rests on the passage of ${name(other)} but its primary narrative is ${s.narratives.primary}, not ${other.narratives.primary}`);
        break;
      }
    }
  });

  const counts = countBank(scenarios);
  if (counts.practice < minimums.scenarios) {
    add("bank", "scenarios", `has ${counts.practice} practice scenarios; at least ${minimums.scenarios} are required`);
  }
  for (const code of NARRATIVE_CODES) {
    if (counts.narrative[code] < minimums.perPrimaryNarrative) {
      add("bank", `narratives.${code}`, `is the primary narrative of ${counts.narrative[code]} practice scenarios; at least ${minimums.perPrimaryNarrative} are required`);
    }
  }
  for (const code of IMPLICATION_CODES) {
    if (counts.implication[code] < minimums.perCorrectImplication) {
      add("bank", `implications.${code}`, `is the correct implication of ${counts.implication[code]} practice scenarios; at least ${minimums.perCorrectImplication} are required`);
    }
  }
  if (counts.kind.documented < minimums.documented) {
    add("bank", "kind.documented", `has ${counts.kind.documented} documented practice scenarios; at least ${minimums.documented} are required`);
  }
  if (minimums.examplesPerNarrative) {
    for (const code of NARRATIVE_CODES) {
      const examples = scenarios.filter((s) => s.purpose === "example" && s.narratives.primary === code).length;
      if (examples !== minimums.examplesPerNarrative) {
        add("bank", "purpose.example", `${code} has ${examples} example scenarios; exactly ${minimums.examplesPerNarrative} are required`);
      }
    }
  }
  if (minimums.implicationShare) {
    const { min, max } = minimums.implicationShare;
    const epsilon = 1e-9;
    for (const code of IMPLICATION_CODES) {
      const { key, distractor, share } = counts.shares[code];
      if (key + distractor === 0) continue;
      if (share < min - epsilon || share > max + epsilon) {
        add(
          "bank",
          `implications.${code}`,
          `is the key in ${key} and a distractor in ${distractor} practice items: share ${share.toFixed(2)}, outside ${min.toFixed(2)}–${max.toFixed(2)} (2k ≤ d ≤ 4k)`,
        );
      }
    }
  }
  return problems;
}
