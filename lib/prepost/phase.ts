import { otherForm, type FormName } from "@/lib/prepost/forms";

// Browser-safe and pure: where a pre/post assessment stands, and which form a trainee takes now.

export type PrePostPhase = "pre" | "post" | "closed";

export const PHASE_LABELS: Record<PrePostPhase, string> = {
  pre: "Pre-test open",
  post: "Post-test open",
  closed: "Closed",
};

/** The pre-test runs until the educator opens the post-test; both end when the forms close. */
export function prePostPhase(p: { postOpenedAt: Date | null; closesAt: Date }, now: Date = new Date()): PrePostPhase {
  if (now >= p.closesAt) return "closed";
  return p.postOpenedAt && now >= p.postOpenedAt ? "post" : "pre";
}

/** The form a trainee takes in this phase: the first in the pre-test, the other in the post-test. */
export function formFor(phase: PrePostPhase, firstForm: FormName): FormName | null {
  if (phase === "closed") return null;
  return phase === "pre" ? firstForm : otherForm(firstForm);
}

/**
 * The first form of a trainee starting now. Without counterbalancing everyone starts with form A; with it, the smaller
 * half so far, so the halves stay even as trainees arrive, and at random when they are even.
 */
export function assignFirstForm(
  counterbalanced: boolean,
  startedFirst: Record<FormName, number>,
  random: () => number = Math.random,
): FormName {
  if (!counterbalanced) return "A";
  if (startedFirst.A !== startedFirst.B) return startedFirst.A < startedFirst.B ? "A" : "B";
  return random() < 0.5 ? "A" : "B";
}
