-- AlterTable
ALTER TABLE "Comment" ADD COLUMN "deletedAt" DATETIME;
ALTER TABLE "Comment" ADD COLUMN "editedAt" DATETIME;
