import { describe, expect, it } from "vitest";
import {
  BANK_MINIMUMS,
  IMPLICATION_SHARE,
  checkBank,
  countBank,
  implicationShares,
  quotedSpans,
  type BankContext,
} from "@/lib/content/bank-rules";
import { cueAdvisories, statementEchoes } from "@/lib/content/item-rules";
import type { Scenario } from "@/lib/content/scenario-schema";
import { IMPLICATION_CODES } from "@/lib/domain/implications";
import { NARRATIVE_CODES } from "@/lib/domain/narratives";
import {
  EXPLANATION,
  FIXTURE_SEED,
  FIXTURE_SEED_TEXT,
  FIXTURE_SOURCES,
  fixturePassage,
  scenario,
  withKey,
} from "@/tests/support/scenario-fixture";

const context: BankContext = { sources: FIXTURE_SOURCES, seedTexts: new Map([[FIXTURE_SEED, FIXTURE_SEED_TEXT]]) };
const noMinimums: BankContext = {
  ...context,
  minimums: { scenarios: 0, perPrimaryNarrative: 0, perCorrectImplication: 0, documented: 0 },
};

// 48 practice scenarios (12 per narrative, 6 per implication, all documented) and two examples per narrative.
function fullBank(): Scenario[] {
  const practice = Array.from({ length: 48 }, (_, i) => withKey(NARRATIVE_CODES[i % 4]!, IMPLICATION_CODES[i % 8]!, i));
  const examples = Array.from({ length: 8 }, (_, i) =>
    withKey(NARRATIVE_CODES[i % 4]!, IMPLICATION_CODES[i % 8]!, 48 + i, { purpose: "example" }),
  );
  return [...practice, ...examples];
}

const fields = (scenarios: Scenario[], ctx: BankContext = noMinimums) => checkBank(scenarios, ctx).map((p) => p.field);
const messages = (scenarios: Scenario[], ctx: BankContext = noMinimums) => checkBank(scenarios, ctx).map((p) => `${p.field}: ${p.message}`);

describe("checkBank: the bank as a whole", () => {
  it("passes a bank that meets every rule", () => {
    expect(checkBank(fullBank(), context)).toEqual([]);
    expect(countBank(fullBank()).narrative).toEqual({ INFIGHTING: 12, BRUTALITY: 12, CORRUPTION: 12, DISAPPOINTMENT: 12 });
  });

  it("fails when a narrative has too few scenarios", () => {
    const bank = fullBank().map((s) =>
      s.narratives.primary === "INFIGHTING" && s.purpose === "practice" && Number(s.slug.split("-")[1]) > 8
        ? { ...s, narratives: { primary: "BRUTALITY" as const, accepted: [] }, explanations: { ...s.explanations, narratives: { INFIGHTING: EXPLANATION, CORRUPTION: EXPLANATION, DISAPPOINTMENT: EXPLANATION } } }
        : s,
    );
    expect(fields(bank, context)).toContain("narratives.INFIGHTING");
  });

  it("fails when an implication is the answer too rarely, or the bank is too small", () => {
    const result = fields(fullBank().slice(0, 20), context);
    expect(result).toEqual(expect.arrayContaining(["scenarios", "implications.NOT_SAINTS"]));
    expect(result).not.toContain("kind.documented");
  });

  it("fails when too few scenarios are documented cases", () => {
    const bank = fullBank().map((s, i) => (i < 45 ? { ...s, kind: "composite" as const } : s));
    expect(fields(bank, context)).toEqual(["kind.documented"]);
  });

  it("counts practice items only towards the minimums", () => {
    // Turning practice items into examples keeps the bank's size but not its practice count.
    const bank = fullBank().map((s, i) => (i < 4 ? { ...s, purpose: "example" as const } : s));
    const result = fields(bank, context);
    expect(result).toContain("scenarios");
    expect(result).toContain("purpose.example");
    expect(countBank(bank).total).toBe(56);
    expect(countBank(bank).practice).toBe(44);
  });

  it("fails unless every narrative has exactly two examples", () => {
    const tooMany = fullBank().map((s, i) => (i === 0 ? { ...s, purpose: "example" as const } : s));
    expect(messages(tooMany, context)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^purpose\.example: INFIGHTING has 3 example scenarios; exactly 2/)]),
    );
    const tooFew = fullBank().filter((s) => !(s.purpose === "example" && s.narratives.primary === "BRUTALITY"));
    expect(messages(tooFew, context)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^purpose\.example: BRUTALITY has 0 example scenarios; exactly 2/)]),
    );
  });

  it("fails when an implication is offered as a distractor too rarely or too often for its share of keys", () => {
    // Swap PLATFORM out of every distractor list it is in: offered only where it is the key, its share is 1.
    const bank = fullBank().map((s) => {
      if (!s.implications.distractors.includes("PLATFORM")) return s;
      const spare = IMPLICATION_CODES.find((c) => c !== s.implications.correct && !s.implications.distractors.includes(c))!;
      const distractors = s.implications.distractors.map((d) => (d === "PLATFORM" ? spare : d));
      return {
        ...s,
        implications: { ...s.implications, distractors },
        explanations: { ...s.explanations, distractors: Object.fromEntries(distractors.map((d) => [d, EXPLANATION])) },
      };
    });
    expect(messages(bank, context)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^implications\.PLATFORM: is the key in 6 and a distractor in 0 .*share 1\.00/)]),
    );
  });

  it("fails both ways when a key moves: one implication offered too often, the other too rarely", () => {
    // Three PLATFORM items become RESETTLE_PROTECT items with PLATFORM among their distractors.
    let moved = 0;
    const bank = fullBank().map((s) => {
      if (s.purpose !== "practice" || s.implications.correct !== "PLATFORM" || moved >= 3) return s;
      moved += 1;
      const distractors = s.implications.distractors.map((d) => (d === "RESETTLE_PROTECT" ? ("PLATFORM" as const) : d));
      return {
        ...s,
        implications: { correct: "RESETTLE_PROTECT" as const, distractors },
        explanations: { ...s.explanations, distractors: Object.fromEntries(distractors.map((d) => [d, EXPLANATION])) },
      };
    });
    expect(messages(bank, context)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^implications\.PLATFORM: is the key in 3 and a distractor in 21 .*share 0\.1[23]/),
        expect.stringMatching(/^implications\.RESETTLE_PROTECT: is the key in 9 and a distractor in 15 .*share 0\.3[78]/),
      ]),
    );
  });

  it("reports each implication's keys, distractor slots and share over practice items", () => {
    const shares = implicationShares(fullBank());
    expect(shares.PLATFORM).toEqual({ key: 6, distractor: 18, share: 0.25 });
    expect(IMPLICATION_SHARE).toEqual({ min: 0.2, max: 1 / 3 });
  });

  it("counts the items that accept a secondary narrative", () => {
    const bank = fullBank().map((s, i) => (i < 4 ? { ...s, narratives: { ...s.narratives, accepted: ["DISAPPOINTMENT" as const].filter((n) => n !== s.narratives.primary) } } : s));
    expect(countBank(bank).secondary).toBe(3);
  });

  it("fails on duplicate slugs and testimonies", () => {
    const a = scenario({}, 1);
    const result = checkBank([a, { ...a }, { ...scenario({}, 2), testimony: a.testimony }], noMinimums).map((p) => `${p.where}:${p.field}`);
    expect(result).toEqual(expect.arrayContaining(["fixture-1@1:slug", "fixture-1@1:testimony", "fixture-2@1:testimony"]));
  });

  it("fails when documented items resting on the same passage are keyed differently", () => {
    const a = withKey("CORRUPTION", "EXPOSE_UTOPIA", 1);
    const b = withKey("CORRUPTION", "PLATFORM", 2, { source: { ...a.source } });
    expect(messages([a, b])).toEqual([expect.stringMatching(/^source\.passage: rests on the passage of fixture-1@1 but is keyed CORRUPTION \/ PLATFORM/)]);
    // A composite built on the same documented pattern may answer a different policy question, not a different narrative.
    const composite = { ...b, kind: "composite" as const };
    expect(messages([a, composite])).toEqual([]);
    const otherNarrative = withKey("BRUTALITY", "EXPOSE_UTOPIA", 3, { kind: "composite", source: { ...a.source } });
    expect(messages([a, otherNarrative])).toEqual([expect.stringMatching(/^source\.passage: rests on the passage of fixture-1@1 but its primary narrative is BRUTALITY/)]);
  });
});

describe("checkBank: sources, quotations and passages", () => {
  it("fails on a quotation that is not verbatim in the cited seed", () => {
    const problems = checkBank([scenario({ testimony: 'He said "this is not a real war" and left.' })], noMinimums);
    expect(problems).toEqual([expect.objectContaining({ field: "testimony", message: expect.stringMatching(/not verbatim/) })]);
  });

  it("fails on a quotation in an explanation or the discussion that is not verbatim in the cited seed", () => {
    const base = scenario();
    const explained = { ...base, explanations: { ...base.explanations, implication: 'The report says "defectors told the researchers everything", which it does not.' } };
    expect(fields([explained])).toEqual(["explanations.implication"]);
    const discussed = { ...base, discussion: 'What does "a real war" mean to a recruit who believed it?' };
    expect(fields([discussed])).toEqual(["discussion"]);
  });

  it("fails on an unknown source or a publisher that does not match it", () => {
    const unknown = scenario({ source: { seed: "009_0000000000000000.txt", publisher: "x", date: null, passage: fixturePassage(0) } });
    const wrongPublisher = scenario({ source: { seed: FIXTURE_SEED, publisher: "Someone else", date: "12 October 2015", passage: fixturePassage(2) } }, 2);
    expect(fields([unknown, wrongPublisher])).toEqual(["source.seed", "source.publisher"]);
  });

  it("fails on a passage that is not verbatim in the cited seed", () => {
    const s = scenario({ source: { ...scenario().source, passage: "a defector from India, whom the group had forced to sweep floors" } });
    expect(messages([s])).toEqual([expect.stringMatching(/^source\.passage: is not verbatim in 001_/)]);
  });
});

describe("checkBank: nothing given away by a word", () => {
  it.each([
    ["corrupt", "The emir was corrupt and everyone knew it."],
    ["corruption", "It was all corruption."],
    ["brutal", "The commanders were brutal to the villagers."],
    ["brutality", "I could not stand the brutality."],
    ["disappointed", "I was disappointed by what I found."],
    ["disappointing", "Life there was disappointing."],
    ["infighting", "There was nothing but infighting."],
    ["in-fighting", "There was nothing but in-fighting."],
  ])("fails on the label word %s in the testimony", (word, testimony) => {
    expect(messages([scenario({ testimony })])).toEqual([`testimony: contains the narrative label word "${word}"`]);
  });

  it("fails on a label word in the title", () => {
    expect(messages([scenario({ title: "A brutal commander" })])).toEqual(['title: contains the narrative label word "brutal"']);
  });

  it.each([
    ["PLATFORM", "The report says governments should provide defectors with opportunities to speak out."],
    ["RESETTLE_PROTECT", "They should assist them in resettlement and ensure their safety."],
    ["LEGAL_DISINCENTIVES", "The report wants to remove legal disincentives that prevent them from going public."],
    ["NETWORK_MESSENGERS", "His words work best inside the social and family networks of young people."],
    ["NOT_SAINTS", "Do not excuse or glorify defectors, some of whom have committed crimes."],
  ])("fails on a close phrase of the %s statement in the testimony", (code, testimony) => {
    expect(messages([scenario({ testimony })])).toEqual([expect.stringMatching(new RegExp(`^testimony: echoes the ${code} statement`))]);
  });

  it("lets a testimony use a statement's words apart from one another", () => {
    expect(statementEchoes("I wanted to speak to someone, but out there nobody would recognise me.")).toEqual([]);
  });

  it("reports, without failing, a difficulty 2 or 3 testimony that names only its key's cue", () => {
    const s = withKey("CORRUPTION", "LEGAL_DISINCENTIVES", 1, {
      difficulty: 2,
      testimony: "My lawyer says the prosecutor will use my story against me.",
    });
    expect(cueAdvisories(s)).toEqual([expect.stringMatching(/names a cue for LEGAL_DISINCENTIVES .* none for its distractors/)]);
    expect(checkBank([s], noMinimums)).toEqual([]);
    expect(cueAdvisories({ ...s, difficulty: 1 })).toEqual([]);
  });
});

describe("checkBank: explanations and discussion", () => {
  it.each(["Nothing here concerns prosecution.", "Nothing in this account concerns the speaker's safety or resettlement after leaving, as it stands."])(
    "fails on a distractor explanation that dismisses instead of explaining: %s",
    (text) => {
      const base = scenario();
      const s = { ...base, explanations: { ...base.explanations, distractors: { ...base.explanations.distractors, PLATFORM: text } } };
      expect(messages([s])).toEqual(expect.arrayContaining([expect.stringMatching(/^explanations\.distractors\.PLATFORM: must say why it tempts/)]));
    },
  );

  it.each([
    ["explanations.distractors.NOT_SAINTS", (s: Scenario) => ({ ...s, explanations: { ...s.explanations, distractors: { ...s.explanations.distractors, NOT_SAINTS: "Weaker here." } } })],
    ["explanations.narratives.BRUTALITY", (s: Scenario) => ({ ...s, explanations: { ...s.explanations, narratives: { ...s.explanations.narratives, BRUTALITY: "Not this one." } } })],
    ["explanations.narrative", (s: Scenario) => ({ ...s, explanations: { ...s.explanations, narrative: "Corruption, clearly." } })],
    ["explanations.implication", (s: Scenario) => ({ ...s, explanations: { ...s.explanations, implication: "The utopia." } })],
  ])("fails on a trivial %s", (field, change) => {
    expect(messages([change(scenario())])).toEqual([expect.stringMatching(new RegExp(`^${field.replace(/\./g, "\\.")}: must explain in at least 12 words`))]);
  });

  it.each([
    ["a yes/no question", "Should the teacher use this account in class?"],
    ["two questions", "What did he expect? What did he find?"],
  ])("fails on a discussion prompt that is %s", (_label, discussion) => {
    expect(fields([scenario({ discussion })])).toEqual(["discussion"]);
  });
});

describe("checkBank: content warnings", () => {
  it("requires a warning and a note where the testimony describes a category", () => {
    const s = scenario({ testimony: "He saw fighters executed by their own commanders." });
    expect(messages([s])).toEqual([expect.stringMatching(/^contentWarnings: must include "executions"/)]);
    const warned = { ...s, contentWarnings: ["executions" as const] };
    expect(messages([warned])).toEqual([expect.stringMatching(/^contentNote: is required when contentWarnings is not empty/)]);
    expect(checkBank([{ ...warned, contentNote: "Mentions executions of fighters." }], noMinimums)).toEqual([]);
  });

  it.each([
    ["killing", "Hostages were killed at random."],
    ["executions", "There was a beheading in the square."],
    ["reprisals", "Those who leave face reprisals."],
    ["armed-fighting", "We were sent to fight another rebel group."],
    ["armed-fighting", "We were sent against other rebel groups again and again."],
    ["slurs", "He called the villagers infidels."],
  ])("recognises a testimony that needs the %s warning", (warning, testimony) => {
    expect(messages([scenario({ testimony })])).toEqual([expect.stringMatching(new RegExp(`^contentWarnings: must include "${warning}"`))]);
  });

  it("does not take reprisal attacks for armed fighting", () => {
    const s = scenario({ testimony: "Defectors risk reprisal attacks.", contentWarnings: ["reprisals"], contentNote: "Mentions the risk of reprisals." });
    expect(checkBank([s], noMinimums)).toEqual([]);
  });

  it("fails on a note without warnings, and on a note that does not name what the warnings name", () => {
    expect(fields([scenario({ contentNote: "Mentions violence." })])).toEqual(["contentWarnings"]);
    const s = scenario({ testimony: "Hostages were killed at random.", contentWarnings: ["killing"], contentNote: "Mentions executions." });
    expect(messages([s])).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^contentNote: must name "killing"/),
        expect.stringMatching(/^contentNote: names "executions", which contentWarnings does not list/),
      ]),
    );
  });
});

describe("checkBank: mixed cases", () => {
  it("fails on a difficulty 3 item without an accepted secondary narrative", () => {
    expect(messages([scenario({ difficulty: 3 })])).toEqual([expect.stringMatching(/^narratives\.accepted: a difficulty 3 item must accept/)]);
    expect(checkBank([scenario({ difficulty: 3, narratives: { primary: "CORRUPTION", accepted: ["DISAPPOINTMENT"] } })], noMinimums)).toEqual([]);
  });
});

describe("defaults", () => {
  it("uses the issue's minimums by default", () => {
    expect(BANK_MINIMUMS).toEqual({ scenarios: 48, perPrimaryNarrative: 10, perCorrectImplication: 4, documented: 8, examplesPerNarrative: 2 });
  });
});

describe("quotedSpans", () => {
  it("finds straight and curly double-quoted spans, trimmed of punctuation", () => {
    expect(quotedSpans('He said “This is not a holy war,” and "dull".')).toEqual(["This is not a holy war", "dull"]);
  });
});
