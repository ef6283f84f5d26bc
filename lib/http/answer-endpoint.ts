import "server-only";
import type { SessionUser } from "@/lib/auth/session-cookie";
import { isJsonType } from "@/lib/http/responses";
import { recordAnswer } from "@/lib/practice/answer-mutations";
import type { AnswerRefusalReason } from "@/lib/practice/answer-rules";
import { MAX_ANSWER_BODY_BYTES, parseAnswer } from "@/lib/practice/schema";

// The answer endpoint, POST /api/attempts/<attemptId>/answers, as one function of what both of its transports have
// read from the request: the Next.js route handler and the production server's own handler (lib/http/fast-path.ts),
// which serves the same path without the framework's request pipeline. Every rule lives here or below.

export interface EndpointAnswer {
  status: number;
  body: Record<string, unknown>;
}

export interface AnswerRequest {
  user: SessionUser | null;
  attemptId: string;
  contentType: string | null | undefined;
  /** The body as text, or "too-large" when it ran past MAX_ANSWER_BODY_BYTES. */
  body: string | "too-large";
}

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
};

const refuse = (status: number, error: string, extra: Record<string, unknown> = {}): EndpointAnswer => ({
  status,
  body: { error, ...extra },
});

export async function answerEndpoint(request: AnswerRequest): Promise<EndpointAnswer> {
  if (!request.user) return refuse(401, "Sign in to answer.");
  // Only JSON: a cross-site form can send text/plain or form encodings without a CORS preflight, JSON it cannot.
  if (!isJsonType(request.contentType)) return refuse(415, "Send the answer as application/json.");
  if (request.body === "too-large") return refuse(413, `The answer must be under ${MAX_ANSWER_BODY_BYTES} bytes.`);
  const parsed = parseAnswer(request.body);
  if (!parsed.ok) return refuse(400, parsed.error, parsed.reason === "invalid" ? { fields: parsed.fields } : {});
  const result = await recordAnswer(request.user.id, request.attemptId, parsed.input);
  if (!result.ok) return refuse(REFUSAL_STATUS[result.reason], result.message);
  return {
    status: result.replayed ? 200 : 201,
    body: {
      replayed: result.replayed,
      attemptComplete: result.attemptComplete,
      feedback: result.feedback,
      feedbackAvailableAt: result.feedbackAvailableAt?.toISOString() ?? null,
    },
  };
}
