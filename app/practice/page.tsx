import type { Metadata } from "next";
import Link from "next/link";
import { StartPracticeForm } from "@/components/practice/start-practice-form";
import { OpenExercises } from "@/components/practice/open-exercises";
import { OpenPrePostCards } from "@/components/prepost/open-prepost-cards";
import { requireUser } from "@/lib/auth/loaders";
import { env } from "@/lib/env";
import { listOpenExercisesForTrainee } from "@/lib/exercises/data";
import { findUnfinishedAttempt } from "@/lib/practice/data";
import { listOpenPrePostsForTrainee } from "@/lib/prepost/data";

export const metadata: Metadata = { title: "Practice" };

export default async function PracticePage() {
  const user = await requireUser("/practice");
  const trainee = user.role === "TRAINEE";
  const [unfinished, exercises, prePosts] = await Promise.all([
    findUnfinishedAttempt(user.id),
    trainee ? listOpenExercisesForTrainee(user.id) : Promise.resolve(null),
    trainee ? listOpenPrePostsForTrainee(user.id) : Promise.resolve([]),
  ]);
  return (
    <>
      <h1>Practice</h1>
      <OpenPrePostCards prePosts={prePosts} timeZone={env().APP_TIME_ZONE} />
      {exercises && <OpenExercises exercises={exercises} timeZone={env().APP_TIME_ZONE} />}
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
      <h2>Free practice</h2>
      <StartPracticeForm />
    </>
  );
}
