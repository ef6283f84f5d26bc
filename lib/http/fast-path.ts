import "server-only";
import type { IncomingMessage, ServerResponse } from "node:http";
import { claimsFromCookieHeader, liveUser, sessionUserFromCookieHeader } from "@/lib/auth/session-cookie";
import { answerEndpoint } from "@/lib/http/answer-endpoint";
import { NO_STORE } from "@/lib/http/responses";
import { SECURITY_HEADERS } from "@/lib/http/security-headers";
import { eventsEndpoint } from "@/lib/live/events-endpoint";
import { liveHub } from "@/lib/live/hub-instance";
import { followOnResponse } from "@/lib/live/node-stream";
import { SSE_HEADERS } from "@/lib/live/sse";
import { MAX_ANSWER_BODY_BYTES } from "@/lib/practice/schema";

// The two hot paths of a classroom, served by the production server (scripts/serve.ts) before Next.js sees them: the
// answer POST, where the framework's request pipeline cost more CPU than the answer itself, and a live session's event
// stream, where it cost memory for every one of thousands of open connections (docs/performance.md). The rules are the
// same functions the Next.js route handlers call (lib/http/answer-endpoint.ts, lib/live/events-endpoint.ts), and the
// same tests cover both.

const ANSWER_PATH = /^\/api\/attempts\/([^/?#]+)\/answers\/?(?:\?.*)?$/;
const EVENTS_PATH = /^\/api\/live\/([^/?#]+)\/events\/?(?:\?(.*))?$/;

function readBody(req: IncomingMessage, limit: number): Promise<string | "too-large"> {
  const declared = Number(req.headers["content-length"] ?? "0");
  if (declared > limit) return Promise.resolve("too-large");
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size > limit) {
        req.removeAllListeners("data");
        req.resume();
        resolve("too-large");
      } else chunks.push(chunk);
    });
    req.on("end", () => resolve(size > limit ? "too-large" : Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    ...NO_STORE,
    "Content-Type": "application/json",
    "Content-Length": Buffer.byteLength(text),
  });
  res.end(text);
}

function serveEvents(req: IncomingMessage, res: ServerResponse, sessionId: string, query: string): void {
  void (async () => {
    try {
      const claims = await claimsFromCookieHeader(req.headers.cookie);
      const params = new URLSearchParams(query);
      const decision = await eventsEndpoint({
        user: await liveUser(claims),
        claims,
        sessionId,
        view: params.get("view"),
        lastEventId: req.headers["last-event-id"] as string | undefined,
        since: params.get("since"),
      });
      if (decision.kind === "refuse") return sendJson(res, decision.status, { error: decision.error });
      if (decision.kind === "no-content") {
        res.writeHead(204, { ...SECURITY_HEADERS, ...NO_STORE });
        return void res.end();
      }
      res.writeHead(200, { ...SECURITY_HEADERS, ...SSE_HEADERS });
      followOnResponse(req, res, liveHub(), decision.sessionId, decision.audience, decision.since, decision.owner);
    } catch (error) {
      console.error("Live event stream failed:", error);
      if (!res.headersSent) sendJson(res, 500, { error: "The live session could not be followed. Reload the page." });
      else res.destroy();
    }
  })();
}

/** Serves the request when it is one of the fast paths and says so; anything else is left to Next.js. */
export function serveFastPath(req: IncomingMessage, res: ServerResponse): boolean {
  if (req.method === "GET") {
    const events = EVENTS_PATH.exec(req.url ?? "");
    if (!events) return false;
    let sessionId: string;
    try {
      sessionId = decodeURIComponent(events[1]!);
    } catch {
      sendJson(res, 404, { error: "No such live session in your classes." });
      return true;
    }
    serveEvents(req, res, sessionId, events[2] ?? "");
    return true;
  }
  if (req.method !== "POST") return false;
  const match = ANSWER_PATH.exec(req.url ?? "");
  if (!match) return false;
  let attemptId: string;
  try {
    attemptId = decodeURIComponent(match[1]!);
  } catch {
    sendJson(res, 404, { error: "No such practice session." });
    return true;
  }
  void (async () => {
    try {
      const [user, body] = await Promise.all([
        sessionUserFromCookieHeader(req.headers.cookie),
        readBody(req, MAX_ANSWER_BODY_BYTES),
      ]);
      const answer = await answerEndpoint({ user, attemptId, contentType: req.headers["content-type"], body });
      sendJson(res, answer.status, answer.body);
    } catch (error) {
      console.error("Answer endpoint failed:", error);
      if (!res.headersSent) sendJson(res, 500, { error: "The server could not save your answer. Try again." });
      else res.destroy();
    }
  })();
  return true;
}
