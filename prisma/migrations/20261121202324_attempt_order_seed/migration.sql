-- AlterTable
ALTER TABLE "Attempt" ADD COLUMN "orderSeed" INTEGER;

