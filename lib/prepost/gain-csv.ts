import { csvLines, UTF8_BOM } from "@/lib/dashboards/csv";
import { NARRATIVE_CODES } from "@/lib/domain/narratives";
import type { PrePostResults } from "@/lib/prepost/data";
import { calibrationGap, learningGain, share, type FormResult, type PairedSummary } from "@/lib/prepost/gain";

// The learning-gain view as CSV: one row per trainee, or one row per measure for the class. Numbers are shares (0–1)
// rounded to four decimals; an empty cell is a figure that does not exist (a form not taken, a gain after a perfect
// pre-test).

const fixed = (value: number | null | undefined) =>
  value === null || value === undefined ? "" : Math.round(value * 10_000) / 10_000;

export function traineeGainCsv(results: PrePostResults): string {
  const header = [
    "trainee",
    "first_form",
    "took",
    "pre_score",
    "post_score",
    "difference",
    "normalised_gain",
    ...NARRATIVE_CODES.flatMap((c) => [`${c.toLowerCase()}_pre`, `${c.toLowerCase()}_post`]),
    "implications_pre",
    "implications_post",
    "calibration_gap_pre",
    "calibration_gap_post",
  ];
  const part = (form: FormResult | null, value: (f: FormResult) => number | null) => fixed(form ? value(form) : null);
  const rows = results.trainees.map((t) => {
    const gain = learningGain([t]).trainees[0]!;
    return [
      t.name,
      t.firstForm,
      gain.status,
      fixed(gain.pre),
      fixed(gain.post),
      fixed(gain.difference),
      gain.status === "both" && gain.perfectPre ? "undefined (perfect pre-test)" : fixed(gain.gain),
      ...NARRATIVE_CODES.flatMap((c) => [
        part(t.pre, (f) => share(f.narratives[c])),
        part(t.post, (f) => share(f.narratives[c])),
      ]),
      part(t.pre, (f) => share(f.implications)),
      part(t.post, (f) => share(f.implications)),
      part(t.pre, (f) => calibrationGap(f.calibration)),
      part(t.post, (f) => calibrationGap(f.calibration)),
    ];
  });
  return UTF8_BOM + csvLines([header, ...rows]);
}

export function classGainCsv(results: PrePostResults): string {
  const gain = learningGain(results.trainees);
  const row = (measure: string, s: PairedSummary | null) => [
    measure,
    s?.n ?? 0,
    fixed(s?.meanPre),
    fixed(s?.meanPost),
    fixed(s?.meanDifference),
    fixed(s?.ci?.low),
    fixed(s?.ci?.high),
  ];
  return (
    UTF8_BOM +
    csvLines([
      ["measure", "trainees", "mean_pre", "mean_post", "mean_difference", "ci95_low", "ci95_high"],
      row("score", gain.score),
      ...gain.narratives.map((n) => row(`${n.narrative.toLowerCase()}_accuracy`, n.summary)),
      row("implication_accuracy", gain.implications),
      row("calibration_gap_size", gain.calibration.summary),
      ["gain_of_means", gain.score?.n ?? 0, "", "", fixed(gain.gainOfMeans), "", ""],
      ["mean_of_individual_gains", gain.meanOfGains.n, "", "", fixed(gain.meanOfGains.mean), "", ""],
    ])
  );
}
