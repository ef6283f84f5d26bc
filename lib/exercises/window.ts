// Browser-safe: whether an exercise takes answers at a moment, and what to say when it does not.
export interface ExerciseWindow {
  opensAt: Date;
  closesAt: Date;
}

export type WindowState = "upcoming" | "open" | "closed";

export function windowState(exercise: ExerciseWindow, now: Date = new Date()): WindowState {
  if (now < exercise.opensAt) return "upcoming";
  return now < exercise.closesAt ? "open" : "closed";
}

export const dateTimeFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short" });
