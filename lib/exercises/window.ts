// Browser-safe: whether an exercise takes answers at a moment.
export interface ExerciseWindow {
  opensAt: Date;
  closesAt: Date;
}

export type WindowState = "upcoming" | "open" | "closed";

export function windowState(exercise: ExerciseWindow, now: Date = new Date()): WindowState {
  if (now < exercise.opensAt) return "upcoming";
  return now < exercise.closesAt ? "open" : "closed";
}

export const WINDOW_STATE_LABELS: Record<WindowState, string> = {
  upcoming: "Not open yet",
  open: "Open",
  closed: "Closed",
};

/**
 * Until an assessment closes, its key and every score derived from it are held back from the trainee, wherever they
 * would show: the answer's feedback, the progress page, the data download. Null when nothing is held.
 */
export function resultsHeldUntil(
  exercise: { mode: string; closesAt: Date } | null | undefined,
  now: Date = new Date(),
): Date | null {
  return exercise?.mode === "ASSESSMENT" && now < exercise.closesAt ? exercise.closesAt : null;
}
