import { isImplicationCode, type ImplicationCode } from "@/lib/domain/implications";
import { NARRATIVE_CODES, type NarrativeCode } from "@/lib/domain/narratives";
import type { LearningGain, PairedSummary } from "@/lib/prepost/gain";
import type { PrePostPhase } from "@/lib/prepost/phase";
import { suppressed, type Suppressible } from "@/lib/reports/suppression";

// Pure: the class report for a programme lead, without trainee names, every figure withheld when it is drawn from
// fewer trainees than the deployment's threshold.

export interface RawClassReport {
  className: string;
  members: number;
  answeringTrainees: number;
  answers: number;
  firstAnswerAt: Date | null;
  lastAnswerAt: Date | null;
  exercises: { title: string; mode: string; completedBy: number }[];
  narratives: { narrative: string; earned: number; answers: number; trainees: number }[];
  implications: { implication: string; earned: number; answers: number; trainees: number }[];
  confusion: { actual: string; chosen: string; answers: number; trainees: number }[];
  prePosts: { title: string; phase: PrePostPhase; gain: LearningGain }[];
}

export interface PairedFigures {
  score: PairedSummary | null;
  gainOfMeans: number | null;
  narratives: { narrative: NarrativeCode; summary: PairedSummary | null }[];
  implications: PairedSummary | null;
}

export interface ClassReport {
  className: string;
  minGroup: number;
  members: Suppressible<number>;
  answering: Suppressible<{ trainees: number; answers: number; from: Date | null; to: Date | null }>;
  exercises: { title: string; mode: string; completed: Suppressible<number> }[];
  narratives: { narrative: NarrativeCode; accuracy: Suppressible<number | null> }[];
  implications: { implication: ImplicationCode; accuracy: Suppressible<number> }[];
  confusion: Record<NarrativeCode, Record<NarrativeCode, Suppressible<number>>>;
  prePosts: {
    title: string;
    phase: PrePostPhase;
    paired: Suppressible<PairedFigures>;
    /** Over the trainees whose gain is defined; how many had a perfect pre-test is not told (it may be one person). */
    meanOfGains: Suppressible<number | null>;
    calibration: Suppressible<LearningGain["calibration"]>;
  }[];
  /** Whether anything at all was withheld, for the note at the top. */
  suppressedAny: boolean;
}

export function deidentifiedReport(raw: RawClassReport, minGroup: number): ClassReport {
  const cells: Suppressible<unknown>[] = [];
  const keep = <T>(value: T, trainees: number): Suppressible<T> => {
    const cell = suppressed(value, trainees, minGroup);
    cells.push(cell);
    return cell;
  };
  const confusion = Object.fromEntries(
    NARRATIVE_CODES.map((actual) => [
      actual,
      Object.fromEntries(
        NARRATIVE_CODES.map((chosen) => {
          const cell = raw.confusion.find((c) => c.actual === actual && c.chosen === chosen);
          return [chosen, keep(cell?.answers ?? 0, cell?.trainees ?? 0)];
        }),
      ),
    ]),
  ) as ClassReport["confusion"];

  const report: Omit<ClassReport, "suppressedAny"> = {
    className: raw.className,
    minGroup,
    members: keep(raw.members, raw.members),
    answering: keep(
      { trainees: raw.answeringTrainees, answers: raw.answers, from: raw.firstAnswerAt, to: raw.lastAnswerAt },
      raw.answeringTrainees,
    ),
    exercises: raw.exercises.map((e) => ({ title: e.title, mode: e.mode, completed: keep(e.completedBy, e.completedBy) })),
    narratives: NARRATIVE_CODES.map((narrative) => {
      const row = raw.narratives.find((n) => n.narrative === narrative);
      return {
        narrative,
        accuracy: keep(row && row.answers > 0 ? row.earned / row.answers : null, row?.trainees ?? 0),
      };
    }),
    implications: raw.implications
      .flatMap((row) =>
        isImplicationCode(row.implication) && row.answers > 0
          ? [{ implication: row.implication, accuracy: keep(row.earned / row.answers, row.trainees) }]
          : [],
      )
      .sort((a, b) => a.implication.localeCompare(b.implication)),
    confusion,
    prePosts: raw.prePosts.map(({ title, phase, gain }) => ({
      title,
      phase,
      paired: keep(
        {
          score: gain.score,
          gainOfMeans: gain.gainOfMeans,
          narratives: gain.narratives,
          implications: gain.implications,
        },
        gain.counts.both,
      ),
      meanOfGains: keep(gain.meanOfGains.mean, gain.meanOfGains.n),
      calibration: keep(gain.calibration, gain.calibration.summary?.n ?? 0),
    })),
  };
  return { ...report, suppressedAny: cells.some((c) => !c.shown) };
}
