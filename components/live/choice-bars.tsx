import { DataTable } from "@/components/tables/data-table";
import { formatPercent } from "@/lib/format";

export interface ChoiceRow {
  code: string;
  label: string;
  count: number;
  /** Marked once the key is revealed: in words, never by colour alone. */
  isKey?: boolean;
}

/** A bar chart that is a table: each choice with its bar, its count and its share beside it. */
export function ChoiceBars({ caption, rows, total }: { caption: string; rows: ChoiceRow[]; total: number }) {
  const max = Math.max(1, ...rows.map((r) => r.count));
  return (
    <DataTable
      caption={caption}
      captionHidden={false}
      rows={rows}
      rowKey={(r) => r.code}
      columns={[
        {
          header: "Choice",
          cell: (r) => (
            <>
              {r.label}
              {r.isKey && <strong className="live-key"> ✓ key</strong>}
            </>
          ),
        },
        {
          header: "Answers",
          className: "live-bar-cell",
          cell: (r) => (
            <>
              <span
                className={r.isKey ? "live-bar live-bar-key" : "live-bar"}
                style={{ width: `${(r.count / max) * 100}%` }}
                aria-hidden="true"
              />
              <span className="live-count">{r.count}</span>
            </>
          ),
        },
        { header: "Share", cell: (r) => formatPercent(total > 0 ? r.count / total : null) },
      ]}
    />
  );
}
