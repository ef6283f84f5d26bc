import type { DashboardFilters } from "@/lib/dashboards/filters";

export function DashboardFiltersForm({
  filters,
  exercises,
  liveSessions = [],
  action,
}: {
  filters: DashboardFilters;
  exercises: { id: string; title: string }[];
  liveSessions?: { id: string; title: string; started: string }[];
  action: string;
}) {
  return (
    <form method="get" action={action} className="card grid" aria-label="Filters">
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
        <input id="filter-from" name="from" type="date" defaultValue={filters.from ?? ""} />
      </div>
      <div className="field">
        <label htmlFor="filter-to">To</label>
        <input id="filter-to" name="to" type="date" defaultValue={filters.to ?? ""} />
      </div>
      <div className="actions" style={{ alignSelf: "end" }}>
        <button type="submit">Apply filters</button>
      </div>
    </form>
  );
}
