import type { Metadata } from "next";
import { GuideMaterial } from "@/components/guide/guide-material";
import { GuideRunning } from "@/components/guide/guide-running";
import { GuideSafeguarding } from "@/components/guide/guide-safeguarding";
import { PrintButton } from "@/components/reports/print-button";

export const metadata: Metadata = { title: "Facilitator's guide" };

// Public on purpose: it holds no answer keys and no data, a programme lead or a colleague can read it before
// signing up, and trainees lose nothing by seeing how sessions are run and what the educator does when a concern
// arises.
export default function GuidePage() {
  return (
    <article className="guide">
      <h1>Facilitator&apos;s guide</h1>
      <p className="lead">
        For educators running this material with teachers, youth and social workers, prevention officers or students:
        how to run a practice, an exercise and a live session, the material in brief, and how to run it safely.
      </p>
      <div className="actions no-print">
        <PrintButton label="Print the guide" />
      </div>
      <nav aria-label="In this guide" className="no-print">
        <ul>
          <li>
            <a href="#guide-before">Before the first session</a>
          </li>
          <li>
            <a href="#guide-practice">Practice</a>, <a href="#guide-exercise">exercises</a>,{" "}
            <a href="#guide-live">live sessions</a> and <a href="#guide-prepost">showing what the group learned</a>
          </li>
          <li>
            <a href="#guide-narratives">The four narratives</a> and{" "}
            <a href="#guide-recommendations">the three recommendations</a>
          </li>
          <li>
            <a href="#guide-discussion">Discussion prompts</a> and <a href="#content-notes">content notes</a>
          </li>
          <li>
            <a href="#safeguarding">Safeguarding</a>
          </li>
        </ul>
      </nav>
      <GuideRunning />
      <GuideMaterial />
      <GuideSafeguarding />
    </article>
  );
}
