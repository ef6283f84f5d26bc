import "server-only";
import { recordAnswer, type RecordAnswerResult } from "@/lib/practice/mutations";
import { answerSchema, MAX_ANSWER_BODY_BYTES } from "@/lib/practice/schema";

export interface HttpResult {
  status: number;
  body: Record<string, unknown>;
}

class BodyTooLarge extends Error {}

// Reads at most `limit` bytes, so an oversized body is refused without buffering all of it.
async function readLimitedText(request: Request, limit: number): Promise<string> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > limit) throw new BodyTooLarge();
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw new BodyTooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** Parses and stores one answer for an authenticated trainee; every refusal is a 4xx with a message. */
export async function submitAnswer(userId: string, attemptId: string, request: Request): Promise<HttpResult> {
  let text: string;
  try {
    text = await readLimitedText(request, MAX_ANSWER_BODY_BYTES);
  } catch (error) {
    if (error instanceof BodyTooLarge) return { status: 413, body: { error: `The answer must be under ${MAX_ANSWER_BODY_BYTES} bytes.` } };
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { status: 400, body: { error: "The answer must be a JSON object." } };
  }
  const parsed = answerSchema.safeParse(json);
  if (!parsed.success) {
    const fields: Record<string, string> = {};
    for (const issue of parsed.error.issues) fields[issue.path.join(".") || "body"] ??= issue.message;
    return { status: 400, body: { error: "The answer is incomplete or malformed.", fields } };
  }
  const result: RecordAnswerResult = await recordAnswer(userId, attemptId, parsed.data);
  if (!result.ok) return { status: result.status, body: { error: result.message } };
  return {
    status: result.status,
    body: {
      replayed: result.replayed,
      attemptComplete: result.attemptComplete,
      feedback: result.feedback,
      feedbackAvailableAt: result.feedbackAvailableAt?.toISOString() ?? null,
    },
  };
}
