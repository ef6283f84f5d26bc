import { getSessionUser } from "@/lib/auth/session";
import { answerEndpoint } from "@/lib/http/answer-endpoint";
import { readBodyText } from "@/lib/http/read-body";
import { NO_STORE } from "@/lib/http/responses";
import { MAX_ANSWER_BODY_BYTES } from "@/lib/practice/schema";

// The production server answers this path itself (lib/http/fast-path.ts); this route serves it under `next dev` and
// anywhere else the app runs without that server. Both call answerEndpoint.
export async function POST(request: Request, { params }: { params: Promise<{ attemptId: string }> }) {
  const [user, { attemptId }, body] = await Promise.all([
    getSessionUser(),
    params,
    readBodyText(request, MAX_ANSWER_BODY_BYTES),
  ]);
  const answer = await answerEndpoint({
    user,
    attemptId,
    contentType: request.headers.get("content-type"),
    body: body.ok ? body.text : "too-large",
  });
  return Response.json(answer.body, { status: answer.status, headers: NO_STORE });
}
