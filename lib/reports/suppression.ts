// Browser-safe and pure: small-group suppression for de-identified reports. A figure drawn from fewer trainees than the
// deployment's threshold (REPORT_MIN_GROUP) could point to individuals, so it is withheld and the report says so. A
// figure drawn from nobody describes nobody and is shown (as zero or "no answers").

export type Suppressible<T> = { shown: true; value: T; trainees: number } | { shown: false; trainees: number };

export function suppressed<T>(value: T, trainees: number, minGroup: number): Suppressible<T> {
  return trainees === 0 || trainees >= minGroup ? { shown: true, value, trainees } : { shown: false, trainees };
}

/** Whether any of these figures was withheld, so the report can say where. */
export const anySuppressed = (cells: readonly Suppressible<unknown>[]) => cells.some((c) => !c.shown);
