import { describe, expect, it } from "vitest";
import type { LivePhase } from "@/lib/live/schema";
import { buildSnapshot, canonicalOptions, discussionPrompt, DISCUSSION_QUESTION } from "@/lib/live/snapshot";
import { AUDIENCES } from "@/lib/live/types";
import type { LiveViewData } from "@/lib/live/view-data";
import type { Scenario } from "@/lib/content/scenario-schema";
import { EXPLANATION, scenario } from "@/tests/support/scenario-fixture";

// What each screen is sent, checked on the serialised snapshot: what is not in it cannot leak through devtools.

// A version stored before the bank had discussion prompts: its discussion reads as "".
const first: Scenario = {
  ...scenario(
    {
      narratives: { primary: "BRUTALITY", accepted: ["CORRUPTION"] },
      implications: { correct: "SUNNI_FRAMING", distractors: ["PLATFORM", "NOT_SAINTS", "EXPOSE_UTOPIA"] },
      explanations: {
        narrative: "The victims are Sunnis. That is the point of the account, and of this narrative.",
        narratives: { INFIGHTING: EXPLANATION, CORRUPTION: EXPLANATION, DISAPPOINTMENT: EXPLANATION },
        implication: "Only harm to Sunnis moves this audience. The rest follows from that single observation.",
        distractors: { PLATFORM: EXPLANATION, NOT_SAINTS: EXPLANATION, EXPOSE_UTOPIA: EXPLANATION },
      },
    },
    1,
  ),
  discussion: "",
};
const second = scenario({ discussion: "Who should tell this story, and to whom?" }, 2);

function data(phase: LivePhase, position = 0): LiveViewData {
  return {
    row: {
      id: "s1",
      classId: "c1",
      title: "Week 3",
      pin: "123456",
      activePin: phase === "ENDED" ? null : "123456",
      phase,
      position,
      size: 2,
      version: 7,
      timerEndsAt: null,
      timerRemainingMs: null,
      openedAt: null,
      lastActivityAt: new Date(),
      endedAt: null,
      createdAt: new Date(),
    },
    className: "Class",
    scenarios: [
      { id: "v1", scenario: first },
      { id: "v2", scenario: second },
    ],
    joined: 3,
    answered: 2,
    choices:
      phase === "CLOSED" || phase === "REVEALED"
        ? {
            narratives: new Map([
              ["BRUTALITY", 1],
              ["INFIGHTING", 1],
            ]),
            implications: new Map([["SUNNI_FRAMING", 2]]),
          }
        : null,
    totals:
      phase === "ENDED" ? [{ narrative: "BRUTALITY", answers: 2, narrativePoints: 1.5, implicationPoints: 2 }] : null,
    roster: [
      { name: "Ada Lovelace", joined: true, answered: true },
      { name: "Ben Okri", joined: true, answered: false },
    ],
  };
}

const json = (phase: LivePhase, audience: (typeof AUDIENCES)[number]) =>
  JSON.stringify(buildSnapshot(data(phase), audience));

describe("live snapshots", () => {
  it("never carries the key or an explanation before Reveal, to any audience", () => {
    for (const phase of ["LOBBY", "ANSWERING", "PAUSED", "CLOSED"] as const) {
      for (const audience of AUDIENCES) {
        const sent = json(phase, audience);
        expect(sent, `${phase} ${audience}`).not.toMatch(/"(primary|accepted|correct|narrativeExplanation)"/);
        expect(sent).not.toContain("The victims are Sunnis");
        expect(buildSnapshot(data(phase), audience).reveal).toBeNull();
      }
    }
    expect(buildSnapshot(data("REVEALED"), "trainee").reveal).toMatchObject({
      primary: "BRUTALITY",
      correct: "SUNNI_FRAMING",
      narrativeCorrect: 1,
      implicationCorrect: 2,
    });
  });

  it("lists the options in the fixed order of the implications, so their order says nothing of the key", () => {
    expect(canonicalOptions(first)).toEqual(["PLATFORM", "SUNNI_FRAMING", "EXPOSE_UTOPIA", "NOT_SAINTS"]);
  });

  it("sends names to the control panel only, and counts to the educator's screens only", () => {
    for (const phase of ["LOBBY", "ANSWERING", "CLOSED", "REVEALED", "ENDED"] as const) {
      expect(json(phase, "trainee")).not.toContain("Ada Lovelace");
      expect(json(phase, "presenter")).not.toContain("Ada Lovelace");
      expect(json(phase, "control")).toContain("Ada Lovelace");
      expect(buildSnapshot(data(phase), "trainee").progress).toBeUndefined();
      expect(buildSnapshot(data(phase), "trainee").pin).toBeUndefined();
    }
    expect(buildSnapshot(data("ANSWERING"), "presenter").progress).toEqual({ joined: 3, answered: 2 });
  });

  it("shows the class's choices on the presenter once answers close, and to trainees only once revealed", () => {
    expect(buildSnapshot(data("CLOSED"), "presenter").distribution).toMatchObject({
      answers: 2,
      narratives: [
        { code: "INFIGHTING", count: 1 },
        { code: "BRUTALITY", count: 1 },
        { code: "CORRUPTION", count: 0 },
        { code: "DISAPPOINTMENT", count: 0 },
      ],
    });
    expect(buildSnapshot(data("CLOSED"), "trainee").distribution).toBeNull();
    expect(buildSnapshot(data("REVEALED"), "trainee").distribution).not.toBeNull();
  });

  it("sums the class per narrative at the end, with the key of each scenario shown and none not shown", () => {
    const ended = buildSnapshot({ ...data("ENDED"), row: { ...data("ENDED").row, position: 0 } }, "trainee");
    expect(ended.scenario).toBeNull();
    expect(ended.summary?.keys.map((k) => k.scenarioId)).toEqual(["v1"]);
    expect(ended.summary?.byNarrative.find((r) => r.narrative === "BRUTALITY")).toEqual({
      narrative: "BRUTALITY",
      scenarios: 1,
      answers: 2,
      narrativeShare: 0.75,
      implicationShare: 1,
    });
  });

  it("opens the discussion with the scenario's own question, or else its explanation's central point", () => {
    expect(discussionPrompt(second)).toBe("Who should tell this story, and to whom?");
    expect(discussionPrompt(first)).toBe(`Only harm to Sunnis moves this audience. ${DISCUSSION_QUESTION}`);
  });
});
