import { Withheld, WithheldNote } from "@/components/reports/withheld";
import { DataTable } from "@/components/tables/data-table";
import { formatDate } from "@/lib/format";
import type { ClassReport } from "@/lib/reports/report";

type Exercise = ClassReport["exercises"][number];

export function ReportParticipation({ report, timeZone }: { report: ClassReport; timeZone: string }) {
  const few = `fewer than ${report.minGroup}`;
  return (
    <section aria-labelledby="report-participation">
      <h2 id="report-participation">Participation</h2>
      <ul>
        <li>
          Trainees in the class: <Withheld cell={report.members}>{(n) => n}</Withheld>
          {!report.members.shown && ` (${few})`}
        </li>
        <li>
          Trainees who answered: <Withheld cell={report.answering}>{(a) => a.trainees}</Withheld>
          {report.answering.shown && report.answering.value.answers > 0 && (
            <>
              , {report.answering.value.answers} answers
              {report.answering.value.from && report.answering.value.to && (
                <>
                  {" "}
                  from {formatDate(report.answering.value.from, timeZone)} to{" "}
                  {formatDate(report.answering.value.to, timeZone)}
                </>
              )}
            </>
          )}
        </li>
      </ul>
      {report.exercises.length > 0 && (
        <DataTable<Exercise>
          caption="Trainees who completed each exercise"
          captionHidden={false}
          rows={report.exercises}
          rowKey={(e) => e.title}
          columns={[
            { header: "Exercise", cell: (e) => e.title },
            { header: "Mode", cell: (e) => (e.mode === "ASSESSMENT" ? "Assessment" : "Practice") },
            { header: "Completed by", cell: (e) => <Withheld cell={e.completed}>{(n) => `${n} trainees`}</Withheld> },
          ]}
        />
      )}
      <WithheldNote
        cells={[report.members, report.answering, ...report.exercises.map((e) => e.completed)]}
        minGroup={report.minGroup}
      />
    </section>
  );
}
