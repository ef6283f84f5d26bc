import { describe, expect, it } from "vitest";
import { exclusionOf, scenarioFilter, scenarioFilterForClass, unionOfExclusions } from "@/lib/scenarios/filter";

describe("the scenario filter for a class", () => {
  const executions = { contentWarnings: ["executions" as const, "reprisals" as const] };
  const none = { contentWarnings: [] };
  const example = { purpose: "example" as const };

  it("leaves out scenarios carrying an excluded warning, and says which", () => {
    expect(exclusionOf(executions, ["executions", "killing"])).toEqual({ kind: "content", warnings: ["executions"] });
    expect(scenarioFilter(["executions"])(executions)).toBe(false);
    expect(scenarioFilter(["killing"])(executions)).toBe(true);
    expect(scenarioFilter(["killing"])(none)).toBe(true);
  });

  it("never offers an example, whatever the exclusions", () => {
    expect(scenarioFilter([])(example)).toBe(false);
    expect(exclusionOf(example, [])).toEqual({ kind: "example" });
  });

  it("keeps a scenario with no warnings recorded", () => {
    expect(scenarioFilterForClass({ excludedContentWarnings: ["slurs"] })({})).toBe(true);
  });

  it("unites the exclusions of a trainee's classes", () => {
    expect(unionOfExclusions([["killing"], ["executions", "killing"], []])).toEqual(["executions", "killing"]);
  });
});
