-- AlterTable
ALTER TABLE "Kpi" ADD COLUMN "rangeHigh" REAL;
ALTER TABLE "Kpi" ADD COLUMN "rangeLow" REAL;
