import { ANSWER_SOURCE_LABELS, ANSWER_SOURCES, type DashboardFilters } from "@/lib/dashboards/filters";

/**
 * The filters of a dashboard view, sent as a plain GET form. A reversed date range comes back as `problem`: the
 * form shows it on the To field (and the view ignores the dates) rather than drawing an empty view.
 */
export function DashboardFiltersForm({
  filters,
  exercises,
  liveSessions = [],
  action,
  problem = null,
  given = {},
}: {
  filters: DashboardFilters;
  exercises: { id: string; title: string }[];
  liveSessions?: { id: string; title: string; started: string }[];
  action: string;
  problem?: { field: "to"; message: string } | null;
  /** The dates as typed, to show again with the problem. */
  given?: { from?: string; to?: string };
}) {
  const from = problem ? given.from : filters.from;
  const to = problem ? given.to : filters.to;
  return (
    <form method="get" action={action} className="card grid filters" aria-label="Filters">
      <div className="field">
        <label htmlFor="filter-source">Activity</label>
        <select id="filter-source" name="source" defaultValue={filters.source ?? ""}>
          <option value="">All activity</option>
          {ANSWER_SOURCES.map((source) => (
            <option key={source} value={source}>
              {ANSWER_SOURCE_LABELS[source]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-exercise">Exercise</label>
        <select id="filter-exercise" name="exercise" defaultValue={filters.exercise ?? ""}>
          <option value="">All exercises</option>
          {exercises.map((e) => (
            <option key={e.id} value={e.id}>
              {e.title}
            </option>
          ))}
        </select>
      </div>
      {liveSessions.length > 0 && (
        <div className="field">
          <label htmlFor="filter-live-session">Live session</label>
          <select id="filter-live-session" name="liveSession" defaultValue={filters.liveSession ?? ""}>
            <option value="">All live sessions</option>
            {liveSessions.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title} ({s.started})
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="field">
        <label htmlFor="filter-from">From</label>
        <input id="filter-from" name="from" type="date" defaultValue={from ?? ""} max={to || undefined} />
      </div>
      <div className="field">
        <label htmlFor="filter-to">To</label>
        <input
          id="filter-to"
          name="to"
          type="date"
          defaultValue={to ?? ""}
          min={from || undefined}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? "filter-to-error" : undefined}
        />
      </div>
      {problem && (
        <p id="filter-to-error" className="form-error filter-error" role="alert">
          {problem.message}
        </p>
      )}
      <div className="actions" style={{ alignSelf: "end" }}>
        <button type="submit">Apply filters</button>
      </div>
    </form>
  );
}
