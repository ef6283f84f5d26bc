import type { ActionState } from "@/lib/forms/action-state";

/** What joining a class returns to its form: the generated username is shown once. */
export interface JoinState extends ActionState {
  username?: string;
  className?: string;
}
