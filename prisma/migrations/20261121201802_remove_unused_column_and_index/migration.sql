-- DropIndex
DROP INDEX "Answer_attemptId_idx";

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_AttemptItem" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "attemptId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "scenarioId" TEXT NOT NULL,
    "implicationOrder" TEXT NOT NULL,
    CONSTRAINT "AttemptItem_attemptId_fkey" FOREIGN KEY ("attemptId") REFERENCES "Attempt" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AttemptItem_scenarioId_fkey" FOREIGN KEY ("scenarioId") REFERENCES "Scenario" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_AttemptItem" ("attemptId", "id", "implicationOrder", "position", "scenarioId") SELECT "attemptId", "id", "implicationOrder", "position", "scenarioId" FROM "AttemptItem";
DROP TABLE "AttemptItem";
ALTER TABLE "new_AttemptItem" RENAME TO "AttemptItem";
CREATE INDEX "AttemptItem_scenarioId_idx" ON "AttemptItem"("scenarioId");
CREATE UNIQUE INDEX "AttemptItem_attemptId_position_key" ON "AttemptItem"("attemptId", "position");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

