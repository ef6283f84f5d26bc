import { describe, expect, it } from "vitest";
import { BANK_MINIMUMS, checkBank, countBank, quotedSpans } from "@/lib/content/bank-rules";
import { IMPLICATION_CODES } from "@/lib/domain/implications";
import { NARRATIVE_CODES } from "@/lib/domain/narratives";
import { FIXTURE_SEED, FIXTURE_SEED_TEXT, FIXTURE_SOURCES, scenario, withKey } from "@/tests/support/scenario-fixture";

const context = { sources: FIXTURE_SOURCES, seedTexts: new Map([[FIXTURE_SEED, FIXTURE_SEED_TEXT]]) };
const noMinimums = { ...context, minimums: { scenarios: 0, perPrimaryNarrative: 0, perCorrectImplication: 0, documented: 0 } };

// 48 scenarios: 12 per narrative, 6 per implication, all documented.
function fullBank() {
  return Array.from({ length: 48 }, (_, i) => withKey(NARRATIVE_CODES[i % 4]!, IMPLICATION_CODES[i % 8]!, i));
}

describe("checkBank", () => {
  it("passes a bank that meets every rule", () => {
    expect(checkBank(fullBank(), context)).toEqual([]);
    expect(countBank(fullBank()).narrative).toEqual({ INFIGHTING: 12, BRUTALITY: 12, CORRUPTION: 12, DISAPPOINTMENT: 12 });
  });

  it("fails when a narrative has too few scenarios", () => {
    const bank = fullBank().map((s) => (s.narratives.primary === "INFIGHTING" && Number(s.slug.split("-")[1]) > 8 ? { ...s, narratives: { primary: "BRUTALITY" as const, accepted: [] } } : s));
    expect(checkBank(bank, context).map((p) => p.field)).toContain("narratives.INFIGHTING");
  });

  it("fails when an implication is the answer too rarely, or the bank is too small", () => {
    const fields = checkBank(fullBank().slice(0, 20), context).map((p) => p.field);
    expect(fields).toEqual(expect.arrayContaining(["scenarios", "implications.NOT_SAINTS"]));
    expect(fields).not.toContain("kind.documented");
  });

  it("fails when too few scenarios are documented cases", () => {
    const bank = fullBank().map((s, i) => (i < 40 ? { ...s, kind: "composite" as const } : s));
    expect(checkBank(bank, context).map((p) => p.field)).toEqual(["kind.documented"]);
  });

  it("fails on duplicate slugs and testimonies", () => {
    const a = scenario({}, 1);
    const fields = checkBank([a, { ...a }, { ...scenario({}, 2), testimony: a.testimony }], noMinimums).map((p) => `${p.where}:${p.field}`);
    expect(fields).toEqual(expect.arrayContaining(["fixture-1@1:slug", "fixture-1@1:testimony", "fixture-2@1:testimony"]));
  });

  it("fails on a quotation that is not verbatim in the cited seed", () => {
    const problems = checkBank([scenario({ testimony: 'He said "this is not a real war" and left.' })], noMinimums);
    expect(problems).toEqual([expect.objectContaining({ field: "testimony", message: expect.stringMatching(/not verbatim/) })]);
  });

  it("fails on an unknown source or a publisher that does not match it", () => {
    const unknown = scenario({ source: { seed: "009_0000000000000000.txt", publisher: "x", date: null } });
    const wrongPublisher = scenario({ source: { seed: FIXTURE_SEED, publisher: "Someone else", date: "12 October 2015" } }, 2);
    const fields = checkBank([unknown, wrongPublisher], noMinimums).map((p) => p.field);
    expect(fields).toEqual(["source.seed", "source.publisher"]);
  });

  it("requires a content note where violence is described", () => {
    const violent = scenario({ testimony: "He saw fighters executed by their own commanders." });
    expect(checkBank([violent], noMinimums).map((p) => p.field)).toEqual(["contentNote"]);
    expect(checkBank([{ ...violent, contentNote: "Mentions executions." }], noMinimums)).toEqual([]);
  });

  it("uses the issue's minimums by default", () => {
    expect(BANK_MINIMUMS).toEqual({ scenarios: 48, perPrimaryNarrative: 10, perCorrectImplication: 4, documented: 16 });
  });
});

describe("quotedSpans", () => {
  it("finds straight and curly double-quoted spans, trimmed of punctuation", () => {
    expect(quotedSpans('He said “This is not a holy war,” and "dull".')).toEqual(["This is not a holy war", "dull"]);
  });
});
