import { filterQuery, type DashboardFilters } from "@/lib/dashboards/filters";

/** The one export of a dashboard view: the answers behind it, or one row per trainee, as CSV for a spreadsheet. */
export function ExportControl({ classId, filters }: { classId: string; filters: DashboardFilters }) {
  const base = `/api/classes/${classId}/export`;
  return (
    <section className="card" aria-labelledby="export-heading">
      <h2 id="export-heading" className="small-heading">
        Export this view
      </h2>
      <p className="muted">
        CSV with the current filters: codes with their names beside them, usernames, and times in the app&apos;s time
        zone.
      </p>
      <div className="actions">
        <a className="button secondary" href={`${base}${filterQuery(filters)}`} download>
          Answers CSV (one row per answer)
        </a>
        <a className="button secondary" href={`${base}${filterQuery(filters, { view: "summary" })}`} download>
          Summary CSV (one row per trainee)
        </a>
      </div>
    </section>
  );
}
