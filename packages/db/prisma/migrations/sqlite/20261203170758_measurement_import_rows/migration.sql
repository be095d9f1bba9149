-- CreateTable
CREATE TABLE "MeasurementImportRow" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "importId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "kpiId" TEXT NOT NULL,
    "periodEnd" DATETIME NOT NULL,
    "group" TEXT NOT NULL DEFAULT '',
    "value" REAL NOT NULL,
    "numerator" INTEGER,
    "denominator" INTEGER,
    "suppressed" BOOLEAN NOT NULL DEFAULT false,
    "note" TEXT,
    "enteredById" TEXT NOT NULL,
    "enteredAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "MeasurementImportRow_importId_idx" ON "MeasurementImportRow"("importId");

-- CreateIndex
CREATE INDEX "MeasurementImportRow_organisationId_idx" ON "MeasurementImportRow"("organisationId");
