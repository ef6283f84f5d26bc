import { citationFor } from "@/lib/content/citations";
import type { Scenario } from "@/lib/content/scenario-schema";
import { IMPLICATION_CODES, type ImplicationCode } from "@/lib/domain/implications";
import { NARRATIVE_CODES, type NarrativeCode } from "@/lib/domain/narratives";
import type { Audience, LiveScenarioView, LiveSnapshot, Reveal, ShownKey, SummaryRow } from "@/lib/live/types";
import type { LiveViewData } from "@/lib/live/view-data";

// What each audience is sent. The key never leaves the server before Reveal, not even to the presenter, and names
// only ever reach the educator's control panel.

/** The implication options in the list's fixed order, so their position says nothing of the key. */
export function canonicalOptions(scenario: Scenario): ImplicationCode[] {
  const offered = new Set<ImplicationCode>([scenario.implications.correct, ...scenario.implications.distractors]);
  return IMPLICATION_CODES.filter((code) => offered.has(code));
}

export const DISCUSSION_QUESTION = "What follows from this for your own prevention work?";

/**
 * The scenario's own discussion question, or else the central point of its explanation (the first sentence of why
 * its implication is the key) with an open question after it.
 */
export function discussionPrompt(scenario: Scenario): string {
  if (scenario.discussion) return scenario.discussion;
  const text = scenario.explanations.implication;
  const point = text.match(/^.+?[.!?](?=\s+["“A-Z]|$)/s)?.[0] ?? text;
  return `${point} ${DISCUSSION_QUESTION}`;
}

function scenarioView(id: string, scenario: Scenario): LiveScenarioView {
  return {
    id,
    title: scenario.title,
    kind: scenario.kind,
    testimony: scenario.testimony,
    speaker: scenario.speaker,
    citation: citationFor(scenario.source),
    contentNote: scenario.contentNote ?? null,
    options: canonicalOptions(scenario),
  };
}

function reveal(scenario: Scenario, narratives: Map<string, number>, implications: Map<string, number>): Reveal {
  return {
    primary: scenario.narratives.primary,
    accepted: scenario.narratives.accepted,
    correct: scenario.implications.correct,
    narrativeExplanation: scenario.explanations.narrative,
    implicationExplanation: scenario.explanations.implication,
    discussion: discussionPrompt(scenario),
    narrativeCorrect: narratives.get(scenario.narratives.primary) ?? 0,
    implicationCorrect: implications.get(scenario.implications.correct) ?? 0,
  };
}

function summary(data: LiveViewData): NonNullable<LiveSnapshot["summary"]> {
  const shown = data.scenarios.slice(0, data.row.position + 1);
  const keys: ShownKey[] = shown.map(({ id, scenario }, position) => ({
    scenarioId: id,
    position,
    title: scenario.title,
    primary: scenario.narratives.primary,
    accepted: scenario.narratives.accepted,
    correct: scenario.implications.correct,
  }));
  const totals = new Map((data.totals ?? []).map((t) => [t.narrative, t]));
  const byNarrative: SummaryRow[] = NARRATIVE_CODES.map((narrative: NarrativeCode) => {
    const t = totals.get(narrative);
    const answers = t?.answers ?? 0;
    return {
      narrative,
      scenarios: keys.filter((k) => k.primary === narrative).length,
      answers,
      narrativeShare: answers > 0 ? t!.narrativePoints / answers : null,
      implicationShare: answers > 0 ? t!.implicationPoints / answers : null,
    };
  });
  return { byNarrative, keys, answers: byNarrative.reduce((s, r) => s + r.answers, 0) };
}

export function buildSnapshot(data: LiveViewData, audience: Audience): LiveSnapshot {
  const { row } = data;
  const current = row.position >= 0 && row.phase !== "ENDED" ? data.scenarios[row.position] : undefined;
  const revealed = row.phase === "REVEALED";
  const showChoices = data.choices !== null && (audience !== "trainee" || revealed);
  const snapshot: LiveSnapshot = {
    sessionId: row.id,
    version: row.version,
    phase: row.phase,
    position: row.position,
    size: row.size,
    title: row.title,
    className: data.className,
    timer: { endsAt: row.timerEndsAt?.toISOString() ?? null, remainingMs: row.timerRemainingMs },
    scenario: current ? scenarioView(current.id, current.scenario) : null,
    distribution:
      current && showChoices && data.choices
        ? {
            answers: data.answered,
            narratives: NARRATIVE_CODES.map((code) => ({ code, count: data.choices!.narratives.get(code) ?? 0 })),
            implications: canonicalOptions(current.scenario).map((code) => ({
              code,
              count: data.choices!.implications.get(code) ?? 0,
            })),
          }
        : null,
    reveal:
      current && revealed && data.choices
        ? reveal(current.scenario, data.choices.narratives, data.choices.implications)
        : null,
    summary: row.phase === "ENDED" ? summary(data) : null,
  };
  if (audience === "trainee") return snapshot;
  snapshot.pin = row.activePin;
  snapshot.progress = { joined: data.joined, answered: data.answered };
  if (audience === "control") snapshot.roster = data.roster;
  return snapshot;
}
