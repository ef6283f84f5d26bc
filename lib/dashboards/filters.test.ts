import { describe, expect, it } from "vitest";
import {
  ANSWER_SOURCE_CSV,
  answerSourceOf,
  filterProblem,
  filterQuery,
  parseDashboardFilters,
} from "@/lib/dashboards/filters";

describe("dashboard filters", () => {
  it("reads the exercise, the source and the dates, and ignores malformed values", () => {
    expect(parseDashboardFilters({ source: "practice", from: "2026-01-01", to: "2026-01-31" })).toEqual({
      source: "practice",
      from: "2026-01-01",
      to: "2026-01-31",
    });
    expect(parseDashboardFilters({ source: "everything", from: "01/02/2026", exercise: "x y" })).toEqual({});
  });

  it("drops a From after To and says why, instead of showing an empty view", () => {
    const params = { from: "2026-02-01", to: "2026-01-01", source: "exercises" };
    expect(parseDashboardFilters(params)).toEqual({ source: "exercises" });
    expect(filterProblem(params)).toMatchObject({ field: "to", message: expect.stringContaining("From") });
    expect(filterProblem({ from: "2026-01-01", to: "2026-01-01" })).toBeNull();
  });

  it("writes only the filters that are set into links", () => {
    expect(filterQuery({ source: "practice" }, { view: "summary" })).toBe("?source=practice&view=summary");
    expect(filterQuery({})).toBe("");
  });

  it("tells an answer's source from what it carries, and names it for the export", () => {
    expect(ANSWER_SOURCE_CSV[answerSourceOf({ exerciseId: "exercise-1" })]).toBe("exercise");
    expect(ANSWER_SOURCE_CSV[answerSourceOf({ exerciseId: null })]).toBe("free practice");
    expect(ANSWER_SOURCE_CSV[answerSourceOf({ exerciseId: null, liveSessionId: "live-1" })]).toBe("live session");
  });
});
