-- DropIndex
DROP INDEX "Answer_classId_scenarioId_idx";

-- CreateIndex
CREATE INDEX "Answer_classId_scenarioId_timeMs_idx" ON "Answer"("classId", "scenarioId", "timeMs");

