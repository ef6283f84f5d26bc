-- CreateTable
CREATE TABLE "LiveSession" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "classId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "pin" TEXT NOT NULL,
    "activePin" TEXT,
    "phase" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT -1,
    "size" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "timerEndsAt" DATETIME,
    "timerRemainingMs" INTEGER,
    "openedAt" DATETIME,
    "lastActivityAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "LiveSession_classId_fkey" FOREIGN KEY ("classId") REFERENCES "Class" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "LiveSessionScenario" (
    "liveSessionId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "scenarioId" TEXT NOT NULL,

    PRIMARY KEY ("liveSessionId", "position"),
    CONSTRAINT "LiveSessionScenario_liveSessionId_fkey" FOREIGN KEY ("liveSessionId") REFERENCES "LiveSession" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "LiveSessionScenario_scenarioId_fkey" FOREIGN KEY ("scenarioId") REFERENCES "Scenario" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Attempt" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT,
    "exerciseId" TEXT,
    "size" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completedAt" DATETIME,
    "orderSeed" INTEGER,
    "liveSessionId" TEXT,
    CONSTRAINT "Attempt_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Attempt_exerciseId_fkey" FOREIGN KEY ("exerciseId") REFERENCES "Exercise" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Attempt_liveSessionId_fkey" FOREIGN KEY ("liveSessionId") REFERENCES "LiveSession" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Attempt" ("completedAt", "createdAt", "exerciseId", "id", "orderSeed", "size", "userId") SELECT "completedAt", "createdAt", "exerciseId", "id", "orderSeed", "size", "userId" FROM "Attempt";
DROP TABLE "Attempt";
ALTER TABLE "new_Attempt" RENAME TO "Attempt";
CREATE INDEX "Attempt_userId_createdAt_idx" ON "Attempt"("userId", "createdAt");
CREATE INDEX "Attempt_exerciseId_userId_idx" ON "Attempt"("exerciseId", "userId");
CREATE UNIQUE INDEX "Attempt_liveSessionId_userId_key" ON "Attempt"("liveSessionId", "userId");
CREATE TABLE "new_Answer" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "itemId" TEXT NOT NULL,
    "attemptId" TEXT NOT NULL,
    "userId" TEXT,
    "scenarioId" TEXT NOT NULL,
    "exerciseId" TEXT,
    "classId" TEXT,
    "idempotencyKey" TEXT NOT NULL,
    "primaryNarrative" TEXT NOT NULL,
    "correctImplication" TEXT NOT NULL,
    "chosenNarrative" TEXT NOT NULL,
    "chosenImplication" TEXT NOT NULL,
    "confidence" INTEGER,
    "narrativePoints" REAL NOT NULL,
    "implicationPoints" REAL NOT NULL,
    "points" REAL NOT NULL,
    "timeMs" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "liveSessionId" TEXT,
    CONSTRAINT "Answer_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "AttemptItem" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Answer_attemptId_fkey" FOREIGN KEY ("attemptId") REFERENCES "Attempt" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Answer_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Answer_scenarioId_fkey" FOREIGN KEY ("scenarioId") REFERENCES "Scenario" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Answer_exerciseId_fkey" FOREIGN KEY ("exerciseId") REFERENCES "Exercise" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Answer_classId_fkey" FOREIGN KEY ("classId") REFERENCES "Class" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Answer_liveSessionId_fkey" FOREIGN KEY ("liveSessionId") REFERENCES "LiveSession" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Answer" ("attemptId", "chosenImplication", "chosenNarrative", "classId", "confidence", "correctImplication", "createdAt", "exerciseId", "id", "idempotencyKey", "implicationPoints", "itemId", "narrativePoints", "points", "primaryNarrative", "scenarioId", "timeMs", "userId") SELECT "attemptId", "chosenImplication", "chosenNarrative", "classId", "confidence", "correctImplication", "createdAt", "exerciseId", "id", "idempotencyKey", "implicationPoints", "itemId", "narrativePoints", "points", "primaryNarrative", "scenarioId", "timeMs", "userId" FROM "Answer";
DROP TABLE "Answer";
ALTER TABLE "new_Answer" RENAME TO "Answer";
CREATE UNIQUE INDEX "Answer_itemId_key" ON "Answer"("itemId");
CREATE INDEX "Answer_classId_createdAt_idx" ON "Answer"("classId", "createdAt");
CREATE INDEX "Answer_classId_userId_primaryNarrative_idx" ON "Answer"("classId", "userId", "primaryNarrative");
CREATE INDEX "Answer_classId_scenarioId_idx" ON "Answer"("classId", "scenarioId");
CREATE INDEX "Answer_exerciseId_createdAt_idx" ON "Answer"("exerciseId", "createdAt");
CREATE INDEX "Answer_userId_createdAt_idx" ON "Answer"("userId", "createdAt");
CREATE INDEX "Answer_scenarioId_idx" ON "Answer"("scenarioId");
CREATE INDEX "Answer_liveSessionId_scenarioId_idx" ON "Answer"("liveSessionId", "scenarioId");
CREATE UNIQUE INDEX "Answer_attemptId_idempotencyKey_key" ON "Answer"("attemptId", "idempotencyKey");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "LiveSession_activePin_key" ON "LiveSession"("activePin");

-- CreateIndex
CREATE INDEX "LiveSession_classId_createdAt_idx" ON "LiveSession"("classId", "createdAt");

-- CreateIndex
CREATE INDEX "LiveSession_lastActivityAt_idx" ON "LiveSession"("lastActivityAt");

-- CreateIndex
CREATE INDEX "LiveSessionScenario_scenarioId_idx" ON "LiveSessionScenario"("scenarioId");

