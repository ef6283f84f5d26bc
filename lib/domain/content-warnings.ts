// What a scenario's content note warns of (docs/content-notes.md gives the rule for each). Educators can leave out
// scenarios by these for a class.
export const CONTENT_WARNINGS = ["killing", "executions", "reprisals", "armed-fighting", "slurs"] as const;
export type ContentWarning = (typeof CONTENT_WARNINGS)[number];

export const CONTENT_WARNING_LABELS: Record<ContentWarning, string> = {
  killing: "Killing",
  executions: "Executions",
  reprisals: "Reprisals",
  "armed-fighting": "Armed fighting",
  slurs: "Slurs",
};

export function isContentWarning(value: unknown): value is ContentWarning {
  return typeof value === "string" && (CONTENT_WARNINGS as readonly string[]).includes(value);
}
