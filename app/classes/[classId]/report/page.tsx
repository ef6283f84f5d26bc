import type { Metadata } from "next";
import Link from "next/link";
import { PrintButton } from "@/components/reports/print-button";
import { ReportAccuracy } from "@/components/reports/report-accuracy";
import { ReportGain } from "@/components/reports/report-gain";
import { ReportParticipation } from "@/components/reports/report-participation";
import { loadOwnedClass } from "@/lib/classes/loaders";
import { env } from "@/lib/env";
import { formatDateTime } from "@/lib/format";
import { rawClassReport } from "@/lib/reports/data";
import { deidentifiedReport } from "@/lib/reports/report";

export const metadata: Metadata = { title: "Class report" };

export default async function ClassReportPage({ params }: { params: Promise<{ classId: string }> }) {
  const { classId } = await params;
  const { klass } = await loadOwnedClass(classId, `/classes/${encodeURIComponent(classId)}/report`);
  const { REPORT_MIN_GROUP: minGroup, APP_TIME_ZONE: timeZone } = env();
  const report = deidentifiedReport(await rawClassReport(klass), minGroup);
  return (
    <article className="report">
      <p className="no-print">
        <Link href={`/classes/${klass.id}`}>← {klass.name}</Link>
      </p>
      <h1>Class report: {report.className}</h1>
      <p className="muted">
        Prepared {formatDateTime(new Date(), timeZone)}. No trainee is named. Any figure drawn from fewer than{" "}
        {minGroup} trainees is withheld
        {report.suppressedAny ? ", and this report withholds some: each place says so." : "; nothing here needed it."}
      </p>
      <div className="actions no-print">
        <PrintButton />
      </div>
      <ReportParticipation report={report} timeZone={timeZone} />
      <ReportAccuracy report={report} />
      <ReportGain report={report} />
      <section aria-labelledby="report-method">
        <h2 id="report-method">How to read this report</h2>
        <p>
          Trainees classify short scenarios, retold from defectors&apos; testimony as reported in coverage of the ICSR
          report <cite>Victims, Perpetrators, Assets</cite>, into one of four narratives, and choose the policy
          implication each supports. Accuracy is the share of points earned: one per narrative (half for an accepted
          second narrative), one per implication. Only exercises set for the class count. Learning gain compares two
          parallel forms taken before and after teaching; only trainees who took both count, and the 95% confidence
          interval uses Student&apos;s t. Zero counts are shown: they describe nobody.
        </p>
      </section>
    </article>
  );
}
