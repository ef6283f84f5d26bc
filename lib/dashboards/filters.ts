import { z } from "zod";
import { idSchema } from "@/lib/forms/fields";

// Browser-safe: the dashboard's filters as they arrive in the query string.
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)))
  .optional()
  .catch(undefined);

/**
 * Where answers come from: the class's exercises, its live sessions, or free practice by its members since they
 * joined. The sources are defined here (name, label, how to tell an answer's source) and scoped in
 * lib/dashboards/scope-data.ts (SOURCE_TERMS); both are records over AnswerSource, so adding a source to this list
 * fails to compile until each has its entry.
 */
export const ANSWER_SOURCES = ["exercises", "live", "practice"] as const;
export type AnswerSource = (typeof ANSWER_SOURCES)[number];
export const ANSWER_SOURCE_LABELS: Record<AnswerSource, string> = {
  exercises: "Exercises",
  live: "Live sessions",
  practice: "Free practice",
};
/** The source as the CSV export writes it, one answer per row. */
export const ANSWER_SOURCE_CSV: Record<AnswerSource, string> = {
  exercises: "exercise",
  live: "live session",
  practice: "free practice",
};

/**
 * The source one stored answer belongs to: live answers carry their session, exercise answers their exercise, free
 * practice neither.
 */
export function answerSourceOf(answer: { exerciseId: string | null; liveSessionId?: string | null }): AnswerSource {
  if (answer.liveSessionId) return "live";
  return answer.exerciseId ? "exercises" : "practice";
}

export const dashboardFiltersSchema = z.object({
  exercise: idSchema.optional().catch(undefined),
  liveSession: idSchema.optional().catch(undefined),
  /** Absent: every source. */
  source: z.enum(ANSWER_SOURCES).optional().catch(undefined),
  from: day,
  to: day,
});
export type DashboardFilters = z.infer<typeof dashboardFiltersSchema>;

type Params = Record<string, string | string[] | undefined>;
const single = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;

function parseAll(params: Params): DashboardFilters {
  return dashboardFiltersSchema.parse({
    exercise: single(params.exercise),
    liveSession: single(params.liveSession),
    source: single(params.source),
    from: single(params.from),
    to: single(params.to),
  });
}

const REVERSED_DATES = "“From” is after “To”: choose a From date on or before the To date. The dates are not applied.";

/**
 * The filters a view applies. A date range that ends before it starts is dropped (filterProblem says why), so the
 * view shows an error beside the filters, never a silently empty page.
 */
export function parseDashboardFilters(params: Params): DashboardFilters {
  const filters = parseAll(params);
  return filters.from && filters.to && filters.from > filters.to
    ? { ...filters, from: undefined, to: undefined }
    : filters;
}

/** What is wrong with the filters as given, for the form to show; null when nothing is. */
export function filterProblem(params: Params): { field: "to"; message: string } | null {
  const { from, to } = parseAll(params);
  return from && to && from > to ? { field: "to", message: REVERSED_DATES } : null;
}

export function filterQuery(filters: DashboardFilters, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...filters, ...extra })) if (value) params.set(key, value);
  const query = params.toString();
  return query ? `?${query}` : "";
}
