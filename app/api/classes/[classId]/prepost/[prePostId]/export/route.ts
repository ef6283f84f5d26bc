import { authorize, EDUCATORS } from "@/lib/auth/guards";
import { findOwnedClass } from "@/lib/classes/data";
import { NOT_YOUR_CLASS } from "@/lib/classes/schema";
import { jsonError, NO_STORE, REFUSAL_STATUS } from "@/lib/http/responses";
import { prePostResults } from "@/lib/prepost/data";
import { classGainCsv, traineeGainCsv } from "@/lib/prepost/gain-csv";
import { NOT_YOUR_PRE_POST } from "@/lib/prepost/schema";

export async function GET(request: Request, { params }: { params: Promise<{ classId: string; prePostId: string }> }) {
  const guard = await authorize(EDUCATORS);
  if (!guard.ok) return jsonError(REFUSAL_STATUS[guard.reason], guard.error);
  const { classId, prePostId } = await params;
  const klass = await findOwnedClass(guard.user.id, classId);
  if (!klass) return jsonError(404, NOT_YOUR_CLASS);
  const results = await prePostResults(klass, prePostId);
  if (!results) return jsonError(404, NOT_YOUR_PRE_POST);
  const byClass = new URL(request.url).searchParams.get("view") === "class";
  return new Response(byClass ? classGainCsv(results) : traineeGainCsv(results), {
    headers: {
      ...NO_STORE,
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${byClass ? "learning-gain-class" : "learning-gain-trainees"}.csv"`,
    },
  });
}
