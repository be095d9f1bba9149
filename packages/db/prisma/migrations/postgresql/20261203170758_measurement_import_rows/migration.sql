-- CreateTable
CREATE TABLE "MeasurementImportRow" (
    "id" TEXT NOT NULL,
    "importId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "kpiId" TEXT NOT NULL,
    "periodEnd" DATE NOT NULL,
    "group" TEXT NOT NULL DEFAULT '',
    "value" DOUBLE PRECISION NOT NULL,
    "numerator" INTEGER,
    "denominator" INTEGER,
    "suppressed" BOOLEAN NOT NULL DEFAULT false,
    "note" TEXT,
    "enteredById" TEXT NOT NULL,
    "enteredAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MeasurementImportRow_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "MeasurementImportRow_importId_idx" ON "MeasurementImportRow"("importId");

-- CreateIndex
CREATE INDEX "MeasurementImportRow_organisationId_idx" ON "MeasurementImportRow"("organisationId");
