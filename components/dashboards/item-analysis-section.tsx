import { PercentBarChart } from "@/components/dashboards/bar-chart";
import { EmptyView } from "@/components/dashboards/empty-view";
import { DataTable } from "@/components/tables/data-table";
import type { itemAnalysis } from "@/lib/dashboards/item-analysis-data";
import { DIFFICULTY_RULE } from "@/lib/dashboards/statistics";
import { implicationName, narrativeShortName } from "@/lib/domain/labels";

type Item = Awaited<ReturnType<typeof itemAnalysis>>[number];

const mistake = (m: { value: string; count: number } | null, name: (code: string) => string) =>
  m ? `${name(m.value)} (${m.count})` : "—";

const DIFFICULTY_NAMES: Record<number, string> = { 1: "1 (easier)", 2: "2", 3: "3 (hard)" };
const DISAGREEMENT_TEXT = { "harder-than-rated": "harder than rated", "easier-than-rated": "easier than rated" };
const two = (n: number) => n.toFixed(2);

export function ItemAnalysisSection({ items }: { items: Item[] }) {
  return (
    <section aria-labelledby="items-heading">
      <h2 id="items-heading">Item analysis</h2>
      <p className="muted">
        Facility index: the mean score on the scenario as a share of the 2 points available. Discrimination index D: the
        facility among the top 27% of trainees (ranked by their mean score in this view) minus the facility among the
        bottom 27%. D runs from −1 to 1; a negative D means weaker trainees did better than stronger ones, so the item
        is flagged for review.
      </p>
      <p className="muted">
        Rated difficulty is the bank&apos;s own rating. A scenario is flagged when the class disagrees with it: rated 1
        (easier) with a facility below {two(DIFFICULTY_RULE.easyBelow)}, or rated 3 (hard) with a facility of{" "}
        {two(DIFFICULTY_RULE.hardFrom)} or more, once it has at least {DIFFICULTY_RULE.minimumAnswers} answers.
      </p>
      {items.length === 0 ? (
        <EmptyView />
      ) : (
        <div className="chart-and-table stacked">
          <PercentBarChart data={items.map((i) => ({ label: i.title, value: i.facility ?? 0 }))} rowHeight={30} />
          <DataTable<Item>
            caption="Item analysis per scenario, lowest facility first"
            rows={items}
            rowKey={(i) => i.scenarioId}
            columns={[
              {
                header: "Scenario",
                cell: (i) => (
                  <>
                    {i.title}{" "}
                    <span className="muted">
                      ({i.slug} v{i.version})
                    </span>
                  </>
                ),
              },
              { header: "Answers", cell: (i) => i.answers },
              { header: "Facility", cell: (i) => (i.facility === null ? "—" : two(i.facility)) },
              {
                header: "Rated difficulty",
                cell: (i) => (
                  <>
                    {i.difficulty === null ? "—" : (DIFFICULTY_NAMES[i.difficulty] ?? i.difficulty)}
                    {i.disagreement && <span className="flag"> ⚠ {DISAGREEMENT_TEXT[i.disagreement]}</span>}
                  </>
                ),
              },
              {
                header: "D",
                cell: (i) => (
                  <>
                    {i.discrimination === null ? "—" : two(i.discrimination)}
                    {i.negative && <span className="flag"> ⚠ negative</span>}
                  </>
                ),
              },
              {
                header: "Most chosen wrong narrative",
                cell: (i) => mistake(i.commonWrongNarrative, narrativeShortName),
              },
              {
                header: "Most chosen wrong implication",
                cell: (i) => mistake(i.commonWrongImplication, implicationName),
              },
              {
                header: "Median time",
                cell: (i) => (i.medianTimeMs === null ? "—" : `${Math.round(i.medianTimeMs / 1000)} s`),
              },
            ]}
          />
        </div>
      )}
    </section>
  );
}
