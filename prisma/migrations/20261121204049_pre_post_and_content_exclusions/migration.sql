-- CreateTable
CREATE TABLE "PrePostAssessment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "classId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "counterbalanced" BOOLEAN NOT NULL,
    "postOpenedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "PrePostAssessment_classId_fkey" FOREIGN KEY ("classId") REFERENCES "Class" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PrePostOrder" (
    "prePostId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "firstForm" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("prePostId", "userId"),
    CONSTRAINT "PrePostOrder_prePostId_fkey" FOREIGN KEY ("prePostId") REFERENCES "PrePostAssessment" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PrePostOrder_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Class" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "educatorId" TEXT NOT NULL,
    "joinCode" TEXT NOT NULL,
    "joinCodeEnabled" BOOLEAN NOT NULL DEFAULT true,
    "archivedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "excludedContentWarnings" TEXT NOT NULL DEFAULT '[]',
    CONSTRAINT "Class_educatorId_fkey" FOREIGN KEY ("educatorId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Class" ("archivedAt", "createdAt", "educatorId", "id", "joinCode", "joinCodeEnabled", "name") SELECT "archivedAt", "createdAt", "educatorId", "id", "joinCode", "joinCodeEnabled", "name" FROM "Class";
DROP TABLE "Class";
ALTER TABLE "new_Class" RENAME TO "Class";
CREATE UNIQUE INDEX "Class_joinCode_key" ON "Class"("joinCode");
CREATE INDEX "Class_educatorId_idx" ON "Class"("educatorId");
CREATE TABLE "new_Exercise" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "classId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "mode" TEXT NOT NULL,
    "opensAt" DATETIME NOT NULL,
    "closesAt" DATETIME NOT NULL,
    "attemptsAllowed" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "prePostId" TEXT,
    "prePostForm" TEXT,
    CONSTRAINT "Exercise_classId_fkey" FOREIGN KEY ("classId") REFERENCES "Class" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Exercise_prePostId_fkey" FOREIGN KEY ("prePostId") REFERENCES "PrePostAssessment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Exercise" ("attemptsAllowed", "classId", "closesAt", "createdAt", "id", "mode", "opensAt", "title") SELECT "attemptsAllowed", "classId", "closesAt", "createdAt", "id", "mode", "opensAt", "title" FROM "Exercise";
DROP TABLE "Exercise";
ALTER TABLE "new_Exercise" RENAME TO "Exercise";
CREATE INDEX "Exercise_classId_opensAt_idx" ON "Exercise"("classId", "opensAt");
CREATE UNIQUE INDEX "Exercise_prePostId_prePostForm_key" ON "Exercise"("prePostId", "prePostForm");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "PrePostAssessment_classId_idx" ON "PrePostAssessment"("classId");

-- CreateIndex
CREATE INDEX "PrePostOrder_userId_idx" ON "PrePostOrder"("userId");

