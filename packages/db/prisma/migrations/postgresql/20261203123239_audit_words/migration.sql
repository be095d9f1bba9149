-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN     "names" TEXT,
ADD COLUMN     "searchText" TEXT,
ADD COLUMN     "subject" TEXT;
