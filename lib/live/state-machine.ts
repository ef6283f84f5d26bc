import { EXTEND_SECONDS, TIMER_SECONDS, type LiveCommand, type LivePhase } from "@/lib/live/schema";

// The live session's state machine, as pure functions of a state and a clock: the database applies what they return
// with a compare-and-set on the version, so two clicks or two devices can never both move the session on.

export interface LiveState {
  phase: LivePhase;
  /** The scenario on screen, from 0; -1 in the lobby. */
  position: number;
  size: number;
  timerEndsAt: Date | null;
  timerRemainingMs: number | null;
  openedAt: Date | null;
  lastActivityAt: Date;
  endedAt: Date | null;
}

export type LiveRefusalReason = "illegal" | "ended" | "invalid";
export interface LiveRefusal {
  ok: false;
  reason: LiveRefusalReason;
  message: string;
}
export type Transition = { ok: true; next: LiveState } | LiveRefusal;

const refuse = (reason: LiveRefusalReason, message: string): LiveRefusal => ({ ok: false, reason, message });
export const ENDED_MESSAGE = "This live session has ended.";

/** Whether answers are taken in this state at this instant. */
export function isAnswering(state: LiveState, now: Date): boolean {
  return state.phase === "ANSWERING" && (state.timerEndsAt === null || state.timerEndsAt > now);
}

/**
 * The state as it stands at `now`, with the changes the clock makes by itself: a timer that ran out has closed the
 * answers, and a session the educator left idle for `idleMs` has ended. Returns the same object when nothing changed.
 */
export function settle(state: LiveState, now: Date, idleMs: number): LiveState {
  if (state.phase !== "ENDED" && now.getTime() - state.lastActivityAt.getTime() >= idleMs) {
    return { ...state, phase: "ENDED", timerEndsAt: null, timerRemainingMs: null, endedAt: now };
  }
  if (state.phase === "ANSWERING" && state.timerEndsAt !== null && state.timerEndsAt <= now) {
    return { ...state, phase: "CLOSED", timerEndsAt: null, timerRemainingMs: null };
  }
  return state;
}

/** When the clock will next change this state by itself (timer or idle expiry), or null. */
export function nextDeadline(state: LiveState, idleMs: number): Date | null {
  if (state.phase === "ENDED") return null;
  const idle = state.lastActivityAt.getTime() + idleMs;
  const timer = state.phase === "ANSWERING" && state.timerEndsAt ? state.timerEndsAt.getTime() : Infinity;
  return new Date(Math.min(idle, timer));
}

const noTimer = { timerEndsAt: null, timerRemainingMs: null } as const;
const NOT_STARTED = "No scenario is open yet: open the first scenario.";

/** The state after the educator's command, or why the command is refused in this state. Expects a settled state. */
export function applyCommand(state: LiveState, command: LiveCommand, now: Date, seconds?: number): Transition {
  if (state.phase === "ENDED") return refuse("ended", ENDED_MESSAGE);
  const touched = { ...state, lastActivityAt: now };
  const { phase } = state;
  const timerMs = (seconds ?? 0) * 1000;

  switch (command) {
    case "open":
      if (phase !== "LOBBY") return refuse("illegal", "The first scenario is already open.");
      return { ok: true, next: { ...touched, phase: "ANSWERING", position: 0, openedAt: now, ...noTimer } };
    case "close":
      if (phase === "LOBBY") return refuse("illegal", NOT_STARTED);
      if (phase !== "ANSWERING" && phase !== "PAUSED") return refuse("illegal", "Answers are already closed.");
      return { ok: true, next: { ...touched, phase: "CLOSED", ...noTimer } };
    case "reveal":
      if (phase === "LOBBY") return refuse("illegal", NOT_STARTED);
      if (phase === "REVEALED") return refuse("illegal", "The key is already revealed.");
      if (phase !== "CLOSED") return refuse("illegal", "Close answers before revealing the key.");
      return { ok: true, next: { ...touched, phase: "REVEALED" } };
    case "next":
      if (phase === "LOBBY") return refuse("illegal", NOT_STARTED);
      if (phase !== "REVEALED") return refuse("illegal", "Reveal the key before moving to the next scenario.");
      if (state.position >= state.size - 1) return refuse("illegal", "This was the last scenario: end the session.");
      return {
        ok: true,
        next: { ...touched, phase: "ANSWERING", position: state.position + 1, openedAt: now, ...noTimer },
      };
    case "end":
      return { ok: true, next: { ...touched, phase: "ENDED", endedAt: now, ...noTimer } };
    case "pause":
      if (phase === "PAUSED") return refuse("illegal", "Answering is already paused.");
      if (phase !== "ANSWERING") return refuse("illegal", "Only open answers can be paused.");
      return {
        ok: true,
        next: {
          ...touched,
          phase: "PAUSED",
          timerEndsAt: null,
          timerRemainingMs: state.timerEndsAt ? Math.max(0, state.timerEndsAt.getTime() - now.getTime()) : null,
        },
      };
    case "resume":
      if (phase !== "PAUSED") return refuse("illegal", "Answering is not paused.");
      return {
        ok: true,
        next: {
          ...touched,
          phase: "ANSWERING",
          timerEndsAt: state.timerRemainingMs === null ? null : new Date(now.getTime() + state.timerRemainingMs),
          timerRemainingMs: null,
        },
      };
    case "setTimer":
      if (seconds === undefined) return refuse("invalid", "Say how many seconds the timer runs.");
      if (phase === "ANSWERING")
        return { ok: true, next: { ...touched, timerEndsAt: new Date(now.getTime() + timerMs) } };
      if (phase === "PAUSED") return { ok: true, next: { ...touched, timerRemainingMs: timerMs } };
      return refuse("illegal", "A timer runs only while a scenario is open for answers.");
    case "extendTimer": {
      const extra = (seconds ?? EXTEND_SECONDS) * 1000;
      const cap = TIMER_SECONDS.max * 1000;
      if (phase === "ANSWERING" && state.timerEndsAt) {
        const left = Math.min(cap, state.timerEndsAt.getTime() - now.getTime() + extra);
        return { ok: true, next: { ...touched, timerEndsAt: new Date(now.getTime() + left) } };
      }
      if (phase === "PAUSED" && state.timerRemainingMs !== null) {
        return { ok: true, next: { ...touched, timerRemainingMs: Math.min(cap, state.timerRemainingMs + extra) } };
      }
      return refuse("illegal", "No timer is running.");
    }
    case "stopTimer":
      if ((phase === "ANSWERING" && state.timerEndsAt) || (phase === "PAUSED" && state.timerRemainingMs !== null)) {
        return { ok: true, next: { ...touched, ...noTimer } };
      }
      return refuse("illegal", "No timer is running.");
  }
}
