import { getSessionUser } from "@/lib/auth/session";
import { submitAnswer } from "@/lib/practice/submit-answer";

export async function POST(request: Request, { params }: { params: Promise<{ attemptId: string }> }) {
  const user = await getSessionUser();
  if (!user) return Response.json({ error: "Sign in to answer." }, { status: 401 });
  const { attemptId } = await params;
  const result = await submitAnswer(user.id, attemptId, request);
  return Response.json(result.body, { status: result.status, headers: { "Cache-Control": "no-store" } });
}
