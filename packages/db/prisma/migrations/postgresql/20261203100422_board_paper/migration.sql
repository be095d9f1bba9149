-- CreateTable
CREATE TABLE "BoardPaper" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "periodId" TEXT NOT NULL,
    "meeting" TEXT NOT NULL,
    "meetingDate" DATE NOT NULL,
    "agendaItem" TEXT NOT NULL DEFAULT '',
    "title" TEXT NOT NULL,
    "executiveLead" TEXT NOT NULL,
    "author" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "recommendation" TEXT NOT NULL,
    "assuranceLevel" TEXT NOT NULL,
    "bafRisks" TEXT NOT NULL DEFAULT '',
    "strategicObjectives" TEXT NOT NULL DEFAULT '',
    "equalityImpact" TEXT NOT NULL DEFAULT '',
    "executiveSummary" TEXT NOT NULL,
    "commentary" TEXT NOT NULL DEFAULT '[]',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" TEXT NOT NULL,

    CONSTRAINT "BoardPaper_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "BoardPaper_periodId_key" ON "BoardPaper"("periodId");

-- CreateIndex
CREATE UNIQUE INDEX "BoardPaper_organisationId_periodId_key" ON "BoardPaper"("organisationId", "periodId");

-- AddForeignKey
ALTER TABLE "BoardPaper" ADD CONSTRAINT "BoardPaper_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BoardPaper" ADD CONSTRAINT "BoardPaper_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "ReportingPeriod"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BoardPaper" ADD CONSTRAINT "BoardPaper_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
