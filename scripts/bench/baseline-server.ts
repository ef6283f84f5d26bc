// The physical limit to compare against: node:http, the same JSON, the same row, one prepared statement.
import http from "node:http";
import Database from "better-sqlite3";

const [portArg, file] = process.argv.slice(2);
const db = new Database(file!);
db.pragma("journal_mode = WAL");
db.pragma("foreign_keys = ON");
db.pragma("busy_timeout = 5000");
db.pragma("synchronous = NORMAL");

const key = new Map(
  (
    db.prepare(`SELECT "id", "primaryNarrative", "correctImplication" FROM "Scenario"`).all() as {
      id: string;
      primaryNarrative: string;
      correctImplication: string;
    }[]
  ).map((s) => [s.id, s]),
);
const insert =
  db.prepare(`INSERT INTO "Answer" ("id", "itemId", "attemptId", "userId", "scenarioId", "idempotencyKey", "primaryNarrative", "correctImplication",
  "chosenNarrative", "chosenImplication", "confidence", "narrativePoints", "implicationPoints", "points", "timeMs", "createdAt")
  VALUES (?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);

http
  .createServer((req, res) => {
    if (req.url === "/health") return res.end("ok");
    const attemptId = req.url?.split("/")[3] ?? "";
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      try {
        const body = JSON.parse(Buffer.concat(chunks).toString("utf8"));
        const scenario = key.get(body.scenarioId);
        if (!scenario) throw new Error("unknown scenario");
        const narrativePoints = body.narrative === scenario.primaryNarrative ? 1 : 0;
        const implicationPoints = body.implication === scenario.correctImplication ? 1 : 0;
        insert.run(
          crypto.randomUUID(),
          body.itemId,
          attemptId,
          body.scenarioId,
          body.idempotencyKey,
          scenario.primaryNarrative,
          scenario.correctImplication,
          body.narrative,
          body.implication,
          body.confidence ?? null,
          narrativePoints,
          implicationPoints,
          narrativePoints + implicationPoints,
          body.timeMs ?? null,
          new Date().toISOString().replace("Z", "+00:00"),
        );
        res.writeHead(201, { "Content-Type": "application/json" });
        res.end(JSON.stringify({ points: narrativePoints + implicationPoints }));
      } catch (error) {
        res.writeHead(409, { "Content-Type": "application/json" });
        res.end(JSON.stringify({ error: (error as Error).message }));
      }
    });
  })
  .listen(Number(portArg), "127.0.0.1");
