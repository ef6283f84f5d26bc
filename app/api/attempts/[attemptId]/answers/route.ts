import { getSessionUser } from "@/lib/auth/session";
import { isJson, jsonError, NO_STORE } from "@/lib/http/responses";
import { readBodyText } from "@/lib/http/read-body";
import { recordAnswer } from "@/lib/practice/answer-mutations";
import type { AnswerRefusalReason } from "@/lib/practice/answer-rules";
import { MAX_ANSWER_BODY_BYTES, parseAnswer } from "@/lib/practice/schema";

const REFUSAL_STATUS: Record<AnswerRefusalReason, number> = {
  "unknown-attempt": 404,
  "not-in-attempt": 422,
  "scenario-mismatch": 422,
  "option-not-offered": 422,
  "already-answered": 409,
  "attempt-finished": 409,
  "not-open-yet": 409,
  closed: 409,
  "not-a-member": 403,
  "class-archived": 409,
  "live-session": 409,
};

export async function POST(request: Request, { params }: { params: Promise<{ attemptId: string }> }) {
  const user = await getSessionUser();
  if (!user) return jsonError(401, "Sign in to answer.");
  // Only JSON: a cross-site form can send text/plain or form encodings without a CORS preflight, JSON it cannot.
  if (!isJson(request)) return jsonError(415, "Send the answer as application/json.");
  const { attemptId } = await params;
  const body = await readBodyText(request, MAX_ANSWER_BODY_BYTES);
  if (!body.ok) return jsonError(413, `The answer must be under ${MAX_ANSWER_BODY_BYTES} bytes.`);
  const parsed = parseAnswer(body.text);
  if (!parsed.ok) return jsonError(400, parsed.error, parsed.reason === "invalid" ? { fields: parsed.fields } : {});
  const result = await recordAnswer(user.id, attemptId, parsed.input);
  if (!result.ok) return jsonError(REFUSAL_STATUS[result.reason], result.message);
  return Response.json(
    {
      replayed: result.replayed,
      attemptComplete: result.attemptComplete,
      feedback: result.feedback,
      feedbackAvailableAt: result.feedbackAvailableAt?.toISOString() ?? null,
    },
    { status: result.replayed ? 200 : 201, headers: NO_STORE },
  );
}
