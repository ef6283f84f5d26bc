import "server-only";
import { notFound } from "next/navigation";
import { loadOwnedClass } from "@/lib/classes/loaders";
import { prePostResults } from "@/lib/prepost/data";

/** For the learning-gain page: the educator's own class, and one of its pre/post assessments; otherwise "Not found". */
export async function loadOwnedPrePost(classId: string, prePostId: string) {
  const { user, klass } = await loadOwnedClass(
    classId,
    `/classes/${encodeURIComponent(classId)}/prepost/${encodeURIComponent(prePostId)}`,
  );
  const results = await prePostResults(klass, prePostId);
  if (!results) notFound();
  return { user, klass, results };
}
