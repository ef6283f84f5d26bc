-- AlterTable
ALTER TABLE "Attempt" ADD COLUMN     "liveSessionId" TEXT;

-- AlterTable
ALTER TABLE "Answer" ADD COLUMN     "liveSessionId" TEXT;

-- CreateTable
CREATE TABLE "LiveSession" (
    "id" TEXT NOT NULL,
    "classId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "pin" TEXT NOT NULL,
    "activePin" TEXT,
    "phase" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT -1,
    "size" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "timerEndsAt" TIMESTAMPTZ(3),
    "timerRemainingMs" INTEGER,
    "openedAt" TIMESTAMPTZ(3),
    "lastActivityAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LiveSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LiveSessionScenario" (
    "liveSessionId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "scenarioId" TEXT NOT NULL,

    CONSTRAINT "LiveSessionScenario_pkey" PRIMARY KEY ("liveSessionId","position")
);

-- CreateIndex
CREATE UNIQUE INDEX "LiveSession_activePin_key" ON "LiveSession"("activePin");

-- CreateIndex
CREATE INDEX "LiveSession_classId_createdAt_idx" ON "LiveSession"("classId", "createdAt");

-- CreateIndex
CREATE INDEX "LiveSession_lastActivityAt_idx" ON "LiveSession"("lastActivityAt");

-- CreateIndex
CREATE INDEX "LiveSessionScenario_scenarioId_idx" ON "LiveSessionScenario"("scenarioId");

-- CreateIndex
CREATE UNIQUE INDEX "Attempt_liveSessionId_userId_key" ON "Attempt"("liveSessionId", "userId");

-- CreateIndex
CREATE INDEX "Answer_liveSessionId_scenarioId_idx" ON "Answer"("liveSessionId", "scenarioId");

-- AddForeignKey
ALTER TABLE "Attempt" ADD CONSTRAINT "Attempt_liveSessionId_fkey" FOREIGN KEY ("liveSessionId") REFERENCES "LiveSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Answer" ADD CONSTRAINT "Answer_liveSessionId_fkey" FOREIGN KEY ("liveSessionId") REFERENCES "LiveSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LiveSession" ADD CONSTRAINT "LiveSession_classId_fkey" FOREIGN KEY ("classId") REFERENCES "Class"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LiveSessionScenario" ADD CONSTRAINT "LiveSessionScenario_liveSessionId_fkey" FOREIGN KEY ("liveSessionId") REFERENCES "LiveSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LiveSessionScenario" ADD CONSTRAINT "LiveSessionScenario_scenarioId_fkey" FOREIGN KEY ("scenarioId") REFERENCES "Scenario"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

