import type { Metadata } from "next";
import Link from "next/link";
import { StartPracticeForm } from "@/components/practice/start-practice-form";
import { requireUser } from "@/lib/auth/session";
import { findUnfinishedAttempt } from "@/lib/practice/data";

export const metadata: Metadata = { title: "Practice" };

export default async function PracticePage() {
  const user = await requireUser("/practice");
  const unfinished = await findUnfinishedAttempt(user.id);
  return (
    <>
      <h1>Practice</h1>
      <p className="lead">
        Each scenario retells a defector&apos;s testimony. Name the narrative it carries and the policy implication it
        supports. Scenarios you answered recently are held back, and every session covers all four narratives.
      </p>
      {unfinished && (
        <section className="card" aria-labelledby="resume-heading">
          <h2 id="resume-heading">Unfinished session</h2>
          <p>
            You have answered {unfinished._count.answers} of {unfinished.size} scenarios.
          </p>
          <Link className="button" href={`/practice/${unfinished.id}`}>
            Resume session
          </Link>
        </section>
      )}
      <h2>New session</h2>
      <StartPracticeForm />
    </>
  );
}
