import { z } from "zod";
import { idSchema } from "@/lib/forms/fields";

// Browser-safe: the dashboard's filters as they arrive in the query string.
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)))
  .optional()
  .catch(undefined);

export const dashboardFiltersSchema = z.object({
  exercise: idSchema.optional().catch(undefined),
  liveSession: idSchema.optional().catch(undefined),
  from: day,
  to: day,
});
export type DashboardFilters = z.infer<typeof dashboardFiltersSchema>;

export function parseDashboardFilters(params: Record<string, string | string[] | undefined>): DashboardFilters {
  const single = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;
  return dashboardFiltersSchema.parse({
    exercise: single(params.exercise),
    liveSession: single(params.liveSession),
    from: single(params.from),
    to: single(params.to),
  });
}

export function filterQuery(filters: DashboardFilters, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...filters, ...extra })) if (value) params.set(key, value);
  const query = params.toString();
  return query ? `?${query}` : "";
}
