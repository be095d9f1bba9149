-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN "names" TEXT;
ALTER TABLE "AuditEvent" ADD COLUMN "searchText" TEXT;
ALTER TABLE "AuditEvent" ADD COLUMN "subject" TEXT;
