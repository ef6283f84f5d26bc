-- CreateTable
CREATE TABLE "Exercise" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "classId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "mode" TEXT NOT NULL,
    "opensAt" DATETIME NOT NULL,
    "closesAt" DATETIME NOT NULL,
    "attemptsAllowed" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Exercise_classId_fkey" FOREIGN KEY ("classId") REFERENCES "Class" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ExerciseScenario" (
    "exerciseId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "scenarioId" TEXT NOT NULL,

    PRIMARY KEY ("exerciseId", "position"),
    CONSTRAINT "ExerciseScenario_exerciseId_fkey" FOREIGN KEY ("exerciseId") REFERENCES "Exercise" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ExerciseScenario_scenarioId_fkey" FOREIGN KEY ("scenarioId") REFERENCES "Scenario" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
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
    CONSTRAINT "Attempt_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Attempt_exerciseId_fkey" FOREIGN KEY ("exerciseId") REFERENCES "Exercise" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Attempt" ("completedAt", "createdAt", "id", "size", "userId") SELECT "completedAt", "createdAt", "id", "size", "userId" FROM "Attempt";
DROP TABLE "Attempt";
ALTER TABLE "new_Attempt" RENAME TO "Attempt";
CREATE INDEX "Attempt_userId_createdAt_idx" ON "Attempt"("userId", "createdAt");
CREATE INDEX "Attempt_exerciseId_userId_idx" ON "Attempt"("exerciseId", "userId");
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
    CONSTRAINT "Answer_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "AttemptItem" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Answer_attemptId_fkey" FOREIGN KEY ("attemptId") REFERENCES "Attempt" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Answer_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Answer_scenarioId_fkey" FOREIGN KEY ("scenarioId") REFERENCES "Scenario" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Answer_exerciseId_fkey" FOREIGN KEY ("exerciseId") REFERENCES "Exercise" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Answer_classId_fkey" FOREIGN KEY ("classId") REFERENCES "Class" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Answer" ("attemptId", "chosenImplication", "chosenNarrative", "confidence", "correctImplication", "createdAt", "id", "idempotencyKey", "implicationPoints", "itemId", "narrativePoints", "points", "primaryNarrative", "scenarioId", "timeMs", "userId") SELECT "attemptId", "chosenImplication", "chosenNarrative", "confidence", "correctImplication", "createdAt", "id", "idempotencyKey", "implicationPoints", "itemId", "narrativePoints", "points", "primaryNarrative", "scenarioId", "timeMs", "userId" FROM "Answer";
DROP TABLE "Answer";
ALTER TABLE "new_Answer" RENAME TO "Answer";
CREATE UNIQUE INDEX "Answer_itemId_key" ON "Answer"("itemId");
CREATE INDEX "Answer_classId_createdAt_idx" ON "Answer"("classId", "createdAt");
CREATE INDEX "Answer_classId_userId_primaryNarrative_idx" ON "Answer"("classId", "userId", "primaryNarrative");
CREATE INDEX "Answer_classId_scenarioId_idx" ON "Answer"("classId", "scenarioId");
CREATE INDEX "Answer_exerciseId_createdAt_idx" ON "Answer"("exerciseId", "createdAt");
CREATE INDEX "Answer_userId_createdAt_idx" ON "Answer"("userId", "createdAt");
CREATE INDEX "Answer_attemptId_idx" ON "Answer"("attemptId");
CREATE INDEX "Answer_scenarioId_idx" ON "Answer"("scenarioId");
CREATE UNIQUE INDEX "Answer_attemptId_idempotencyKey_key" ON "Answer"("attemptId", "idempotencyKey");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "Exercise_classId_opensAt_idx" ON "Exercise"("classId", "opensAt");

-- CreateIndex
CREATE INDEX "ExerciseScenario_scenarioId_idx" ON "ExerciseScenario"("scenarioId");

