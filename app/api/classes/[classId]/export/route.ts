import { authorize, EDUCATORS } from "@/lib/auth/guards";
import { findMember, findOwnedClass } from "@/lib/classes/data";
import { NOT_YOUR_CLASS } from "@/lib/classes/schema";
import { answerCsv, summaryCsv } from "@/lib/dashboards/export-data";
import { parseDashboardFilters } from "@/lib/dashboards/filters";
import { idSchema } from "@/lib/forms/fields";
import { jsonError, NO_STORE, REFUSAL_STATUS } from "@/lib/http/responses";

function csvResponse(body: BodyInit, name: string) {
  return new Response(body, {
    headers: {
      ...NO_STORE,
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${name}"`,
    },
  });
}

function streamed(rows: AsyncGenerator<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { value, done } = await rows.next();
      if (done) controller.close();
      else controller.enqueue(encoder.encode(value));
    },
  });
}

export async function GET(request: Request, { params }: { params: Promise<{ classId: string }> }) {
  const guard = await authorize(EDUCATORS);
  if (!guard.ok) return jsonError(REFUSAL_STATUS[guard.reason], guard.error);
  const { classId } = await params;
  const klass = await findOwnedClass(guard.user.id, classId);
  if (!klass) return jsonError(404, NOT_YOUR_CLASS);

  const query = Object.fromEntries(new URL(request.url).searchParams);
  const filters = parseDashboardFilters(query);
  if (query.view === "summary") return csvResponse(await summaryCsv(klass, filters), "class-summary.csv");

  let trainee: string | undefined;
  if (query.trainee !== undefined) {
    const id = idSchema.safeParse(query.trainee);
    if (!id.success || !(await findMember(klass, id.data))) return jsonError(404, "That trainee is not in this class.");
    trainee = id.data;
  }
  return csvResponse(streamed(answerCsv(klass, filters, trainee)), "class-answers.csv");
}
