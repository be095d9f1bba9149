-- AlterTable
ALTER TABLE "Measurement" ADD COLUMN     "suppressed" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "WorkforceUpload" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "asOf" DATE NOT NULL,
    "threshold" INTEGER NOT NULL,
    "staffFileName" TEXT NOT NULL,
    "staffSha256" TEXT NOT NULL,
    "staffRows" INTEGER NOT NULL,
    "recruitmentFileName" TEXT,
    "recruitmentSha256" TEXT,
    "recruitmentRows" INTEGER,
    "result" TEXT NOT NULL,
    "uploadedById" TEXT NOT NULL,
    "uploadedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "savedAt" TIMESTAMP(3),
    "savedById" TEXT,

    CONSTRAINT "WorkforceUpload_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "WorkforceUpload_organisationId_asOf_idx" ON "WorkforceUpload"("organisationId", "asOf");

-- AddForeignKey
ALTER TABLE "WorkforceUpload" ADD CONSTRAINT "WorkforceUpload_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkforceUpload" ADD CONSTRAINT "WorkforceUpload_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkforceUpload" ADD CONSTRAINT "WorkforceUpload_savedById_fkey" FOREIGN KEY ("savedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
