import { authorize, EDUCATORS } from "@/lib/auth/guards";
import { findClassForEducator } from "@/lib/classes/data";
import { answerCsv, summaryCsv } from "@/lib/dashboards/export";
import { parseDashboardFilters } from "@/lib/dashboards/filters";

function csvResponse(body: BodyInit, name: string) {
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${name}"`,
      "Cache-Control": "no-store",
    },
  });
}

export async function GET(request: Request, { params }: { params: Promise<{ classId: string }> }) {
  const guard = await authorize(EDUCATORS);
  if (!guard.ok) return Response.json({ error: guard.error }, { status: guard.status });
  const { classId } = await params;
  const found = await findClassForEducator(guard.user.id, classId);
  if (!found) return Response.json({ error: "That class does not exist or is not yours." }, { status: 404 });

  const query = Object.fromEntries(new URL(request.url).searchParams);
  const filters = parseDashboardFilters(query);
  if (query.view === "summary") return csvResponse(await summaryCsv(classId, filters), "class-summary.csv");

  const trainee = typeof query.trainee === "string" && query.trainee.length <= 64 ? query.trainee : undefined;
  if (trainee && !found.members.some((m) => m.user.id === trainee)) {
    return Response.json({ error: "That trainee is not in this class." }, { status: 404 });
  }
  const rows = answerCsv(classId, filters, trainee);
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { value, done } = await rows.next();
      if (done) controller.close();
      else controller.enqueue(encoder.encode(value));
    },
  });
  return csvResponse(stream, "class-answers.csv");
}
