import { authorize, TRAINEES } from "@/lib/auth/guards";
import { isJson, jsonError, NO_STORE, REFUSAL_STATUS } from "@/lib/http/responses";
import { readBodyText } from "@/lib/http/read-body";
import { recordLiveAnswer, type LiveAnswerRefusalReason } from "@/lib/live/answer-mutations";
import { liveAnswerSchema, MAX_LIVE_ANSWER_BODY_BYTES, parseBody } from "@/lib/live/schema";

const STATUS: Record<LiveAnswerRefusalReason, number> = {
  "unknown-session": 404,
  "not-a-member": 403,
  "not-joined": 403,
  "not-in-session": 422,
  "option-not-offered": 422,
  "key-reused": 409,
  "class-archived": 409,
  "not-open": 409,
  paused: 409,
  closed: 409,
  ended: 409,
};

// A trainee's answer to the scenario on screen. The reason comes with every refusal, so the client can tell "paused"
// (keep the answer and send it on resume) from "closed" (tell the trainee it was not counted).
export async function POST(request: Request, { params }: { params: Promise<{ sessionId: string }> }) {
  const guard = await authorize(TRAINEES);
  if (!guard.ok) return jsonError(REFUSAL_STATUS[guard.reason], guard.error);
  // Only JSON: a cross-site form can send text/plain or form encodings without a CORS preflight, JSON it cannot.
  if (!isJson(request)) return jsonError(415, "Send the answer as application/json.");
  const { sessionId } = await params;
  const body = await readBodyText(request, MAX_LIVE_ANSWER_BODY_BYTES);
  if (!body.ok) return jsonError(413, `The answer must be under ${MAX_LIVE_ANSWER_BODY_BYTES} bytes.`);
  const parsed = parseBody(liveAnswerSchema, body.text, "answer");
  if (!parsed.ok) return jsonError(400, parsed.error, parsed.reason === "invalid" ? { fields: parsed.fields } : {});
  const result = await recordLiveAnswer(guard.user.id, sessionId, parsed.input);
  if (!result.ok) return jsonError(STATUS[result.reason], result.message, { reason: result.reason });
  return Response.json({ replayed: result.replayed }, { status: result.replayed ? 200 : 201, headers: NO_STORE });
}
