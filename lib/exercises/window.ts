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
