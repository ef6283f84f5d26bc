import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AttemptReview } from "@/components/dashboards/attempt-review";
import { loadOwnedClass } from "@/lib/classes/loaders";
import { traineeAttemptReview } from "@/lib/dashboards/trainee-data";
import { env } from "@/lib/env";

export const metadata: Metadata = { title: "Attempt review" };

interface Props {
  params: Promise<{ classId: string; userId: string; attemptId: string }>;
}

export default async function AttemptReviewPage({ params }: Props) {
  const { classId, userId, attemptId } = await params;
  const path = [classId, "trainees", userId, "attempts", attemptId].map(encodeURIComponent).join("/");
  const { klass } = await loadOwnedClass(classId, `/classes/${path}`);
  const review = await traineeAttemptReview(klass, userId, attemptId);
  if (!review) notFound();
  return (
    <>
      <p>
        <Link href={`/classes/${klass.id}/trainees/${review.trainee.id}`}>← {review.trainee.displayName}</Link>
      </p>
      <AttemptReview review={review} timeZone={env().APP_TIME_ZONE} />
    </>
  );
}
