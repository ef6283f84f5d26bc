import { describe, expect, it } from "vitest";
import { LIVE_COMMANDS, type LiveCommand, type LivePhase } from "@/lib/live/schema";
import { applyCommand, isAnswering, nextDeadline, settle, type LiveState } from "@/lib/live/state-machine";

const T0 = new Date("2026-11-21T10:00:00Z");
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);
const IDLE = 60 * 60_000;

function state(phase: LivePhase, overrides: Partial<LiveState> = {}): LiveState {
  return {
    phase,
    position: phase === "LOBBY" ? -1 : 0,
    size: 3,
    timerEndsAt: null,
    timerRemainingMs: null,
    openedAt: phase === "LOBBY" ? null : T0,
    lastActivityAt: T0,
    endedAt: null,
    ...overrides,
  };
}

function next(from: LiveState, command: LiveCommand, seconds?: number, now = at(1)) {
  const result = applyCommand(from, command, now, seconds);
  if (!result.ok) throw new Error(`${command} refused: ${result.message}`);
  return result.next;
}

describe("the live session state machine", () => {
  it("walks a session through every scenario: open, close, reveal, next, and end", () => {
    let s = state("LOBBY");
    s = next(s, "open");
    expect(s).toMatchObject({ phase: "ANSWERING", position: 0, openedAt: at(1) });
    for (let position = 0; position < 3; position++) {
      s = next(s, "close");
      expect(s.phase).toBe("CLOSED");
      s = next(s, "reveal");
      expect(s.phase).toBe("REVEALED");
      if (position < 2) {
        s = next(s, "next", undefined, at(10 + position));
        expect(s).toMatchObject({ phase: "ANSWERING", position: position + 1, openedAt: at(10 + position) });
      }
    }
    expect(applyCommand(s, "next", at(20))).toMatchObject({ ok: false, reason: "illegal", message: /last scenario/ });
    s = next(s, "end", undefined, at(30));
    expect(s).toMatchObject({ phase: "ENDED", endedAt: at(30), lastActivityAt: at(30) });
  });

  // Every command that is not allowed in a phase, with the reason it is refused.
  const allowed: Record<LivePhase, LiveCommand[]> = {
    LOBBY: ["open", "end"],
    ANSWERING: ["close", "end", "pause", "setTimer"],
    PAUSED: ["close", "end", "resume", "setTimer"],
    CLOSED: ["reveal", "end"],
    REVEALED: ["next", "end"],
    ENDED: [],
  };
  for (const phase of Object.keys(allowed) as LivePhase[]) {
    for (const command of LIVE_COMMANDS) {
      const ok = allowed[phase].includes(command);
      it(`${ok ? "allows" : "refuses"} ${command} when ${phase}`, () => {
        const result = applyCommand(state(phase), command, at(1), 60);
        expect(result.ok).toBe(ok);
        if (!result.ok) expect(result.reason).toBe(phase === "ENDED" ? "ended" : "illegal");
      });
    }
  }

  it("refuses to reveal before answers close, and says so", () => {
    expect(applyCommand(state("ANSWERING"), "reveal", at(1))).toEqual({
      ok: false,
      reason: "illegal",
      message: "Close answers before revealing the key.",
    });
  });

  it("refuses a timer without a duration as invalid", () => {
    expect(applyCommand(state("ANSWERING"), "setTimer", at(1))).toMatchObject({ ok: false, reason: "invalid" });
  });

  it("runs a timer that pausing freezes and resuming restarts with the time that was left", () => {
    let s = next(state("ANSWERING"), "setTimer", 60, at(0));
    expect(s.timerEndsAt).toEqual(at(60));
    s = next(s, "pause", undefined, at(20));
    expect(s).toMatchObject({ phase: "PAUSED", timerEndsAt: null, timerRemainingMs: 40_000 });
    s = next(s, "extendTimer", undefined, at(100));
    expect(s.timerRemainingMs).toBe(70_000);
    s = next(s, "resume", undefined, at(500));
    expect(s).toMatchObject({ phase: "ANSWERING", timerEndsAt: at(570), timerRemainingMs: null });
    s = next(s, "extendTimer", 30, at(560));
    expect(s.timerEndsAt).toEqual(at(600));
    s = next(s, "stopTimer", undefined, at(561));
    expect(s.timerEndsAt).toBeNull();
    expect(applyCommand(s, "stopTimer", at(562))).toMatchObject({ ok: false, message: "No timer is running." });
    expect(applyCommand(s, "extendTimer", at(562))).toMatchObject({ ok: false, message: "No timer is running." });
  });

  it("closes answers when the timer runs out, and not a moment before", () => {
    const s = next(state("ANSWERING"), "setTimer", 30, at(0));
    expect(isAnswering(s, at(29))).toBe(true);
    expect(settle(s, at(29), IDLE)).toBe(s);
    expect(isAnswering(s, at(30))).toBe(false);
    expect(settle(s, at(30), IDLE)).toMatchObject({ phase: "CLOSED", timerEndsAt: null });
    expect(nextDeadline(s, IDLE)).toEqual(at(30));
  });

  it("ends a session its educator left idle, whatever its phase", () => {
    for (const phase of ["LOBBY", "ANSWERING", "PAUSED", "CLOSED", "REVEALED"] as const) {
      const s = state(phase);
      expect(settle(s, new Date(T0.getTime() + IDLE - 1), IDLE)).toBe(s);
      expect(settle(s, new Date(T0.getTime() + IDLE), IDLE)).toMatchObject({ phase: "ENDED" });
    }
    expect(nextDeadline(state("REVEALED"), IDLE)).toEqual(new Date(T0.getTime() + IDLE));
    expect(nextDeadline(state("ENDED"), IDLE)).toBeNull();
  });

  it("counts every accepted command as the educator's activity", () => {
    expect(next(state("LOBBY"), "open", undefined, at(42)).lastActivityAt).toEqual(at(42));
  });
});
