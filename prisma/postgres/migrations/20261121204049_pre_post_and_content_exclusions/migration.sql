-- AlterTable
ALTER TABLE "Class" ADD COLUMN     "excludedContentWarnings" TEXT NOT NULL DEFAULT '[]';

-- AlterTable
ALTER TABLE "Exercise" ADD COLUMN     "prePostForm" TEXT,
ADD COLUMN     "prePostId" TEXT;

-- CreateTable
CREATE TABLE "PrePostAssessment" (
    "id" TEXT NOT NULL,
    "classId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "counterbalanced" BOOLEAN NOT NULL,
    "postOpenedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PrePostAssessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PrePostOrder" (
    "prePostId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "firstForm" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PrePostOrder_pkey" PRIMARY KEY ("prePostId","userId")
);

-- CreateIndex
CREATE INDEX "PrePostAssessment_classId_idx" ON "PrePostAssessment"("classId");

-- CreateIndex
CREATE INDEX "PrePostOrder_userId_idx" ON "PrePostOrder"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Exercise_prePostId_prePostForm_key" ON "Exercise"("prePostId", "prePostForm");

-- AddForeignKey
ALTER TABLE "Exercise" ADD CONSTRAINT "Exercise_prePostId_fkey" FOREIGN KEY ("prePostId") REFERENCES "PrePostAssessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PrePostAssessment" ADD CONSTRAINT "PrePostAssessment_classId_fkey" FOREIGN KEY ("classId") REFERENCES "Class"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PrePostOrder" ADD CONSTRAINT "PrePostOrder_prePostId_fkey" FOREIGN KEY ("prePostId") REFERENCES "PrePostAssessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PrePostOrder" ADD CONSTRAINT "PrePostOrder_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

