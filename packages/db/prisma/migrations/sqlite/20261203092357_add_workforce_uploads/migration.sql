-- CreateTable
CREATE TABLE "WorkforceUpload" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organisationId" TEXT NOT NULL,
    "asOf" DATETIME NOT NULL,
    "threshold" INTEGER NOT NULL,
    "staffFileName" TEXT NOT NULL,
    "staffSha256" TEXT NOT NULL,
    "staffRows" INTEGER NOT NULL,
    "recruitmentFileName" TEXT,
    "recruitmentSha256" TEXT,
    "recruitmentRows" INTEGER,
    "result" TEXT NOT NULL,
    "uploadedById" TEXT NOT NULL,
    "uploadedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "savedAt" DATETIME,
    "savedById" TEXT,
    CONSTRAINT "WorkforceUpload_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "WorkforceUpload_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "WorkforceUpload_savedById_fkey" FOREIGN KEY ("savedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Measurement" (
    "id" TEXT NOT NULL PRIMARY KEY,
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
    "enteredAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Measurement_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Measurement_kpiId_fkey" FOREIGN KEY ("kpiId") REFERENCES "Kpi" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Measurement_enteredById_fkey" FOREIGN KEY ("enteredById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Measurement" ("denominator", "enteredAt", "enteredById", "group", "id", "kpiId", "note", "numerator", "organisationId", "periodEnd", "value") SELECT "denominator", "enteredAt", "enteredById", "group", "id", "kpiId", "note", "numerator", "organisationId", "periodEnd", "value" FROM "Measurement";
DROP TABLE "Measurement";
ALTER TABLE "new_Measurement" RENAME TO "Measurement";
CREATE INDEX "Measurement_organisationId_idx" ON "Measurement"("organisationId");
CREATE UNIQUE INDEX "Measurement_kpiId_periodEnd_group_key" ON "Measurement"("kpiId", "periodEnd", "group");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "WorkforceUpload_organisationId_asOf_idx" ON "WorkforceUpload"("organisationId", "asOf");
