-- CreateTable
CREATE TABLE "OutboxMessage" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organisationId" TEXT NOT NULL,
    "recipientId" TEXT,
    "kind" TEXT NOT NULL,
    "dedupeKey" TEXT NOT NULL,
    "toAddress" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "textBody" TEXT NOT NULL,
    "htmlBody" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "availableAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "claimedAt" DATETIME,
    "claimedBy" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "sentAt" DATETIME,
    "failedAt" DATETIME,
    "lastError" TEXT,
    CONSTRAINT "OutboxMessage_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "OutboxMessage_recipientId_fkey" FOREIGN KEY ("recipientId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SsoSignInAttempt" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organisationId" TEXT NOT NULL,
    "stateHash" TEXT NOT NULL,
    "nonce" TEXT NOT NULL,
    "codeVerifier" TEXT NOT NULL,
    "returnTo" TEXT NOT NULL DEFAULT '/',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME NOT NULL,
    "usedAt" DATETIME,
    CONSTRAINT "SsoSignInAttempt_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Publication" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organisationId" TEXT NOT NULL,
    "periodId" TEXT NOT NULL,
    "workforceUploadId" TEXT,
    "payload" TEXT NOT NULL,
    "publishedById" TEXT NOT NULL,
    "publishedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "unpublishedAt" DATETIME,
    "unpublishedById" TEXT,
    CONSTRAINT "Publication_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Publication_publishedById_fkey" FOREIGN KEY ("publishedById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Publication_unpublishedById_fkey" FOREIGN KEY ("unpublishedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Action" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organisationId" TEXT NOT NULL,
    "commitmentId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "ownerId" TEXT NOT NULL,
    "deliveryLead" TEXT NOT NULL DEFAULT '',
    "startDate" DATETIME,
    "dueDate" DATETIME NOT NULL,
    "originalDueDate" DATETIME NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'not_started',
    "completedAt" DATETIME,
    "progressPercent" INTEGER NOT NULL DEFAULT 0,
    "ownerRag" TEXT,
    "ownerRagReason" TEXT,
    "bafRiskRef" TEXT,
    "isInternal" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "archivedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Action_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Action_commitmentId_fkey" FOREIGN KEY ("commitmentId") REFERENCES "Commitment" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Action_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Action" ("archivedAt", "bafRiskRef", "code", "commitmentId", "completedAt", "createdAt", "deliveryLead", "description", "dueDate", "id", "organisationId", "originalDueDate", "ownerId", "ownerRag", "ownerRagReason", "progressPercent", "sortOrder", "startDate", "status", "title", "updatedAt", "version") SELECT "archivedAt", "bafRiskRef", "code", "commitmentId", "completedAt", "createdAt", "deliveryLead", "description", "dueDate", "id", "organisationId", "originalDueDate", "ownerId", "ownerRag", "ownerRagReason", "progressPercent", "sortOrder", "startDate", "status", "title", "updatedAt", "version" FROM "Action";
DROP TABLE "Action";
ALTER TABLE "new_Action" RENAME TO "Action";
CREATE INDEX "Action_organisationId_commitmentId_idx" ON "Action"("organisationId", "commitmentId");
CREATE INDEX "Action_organisationId_ownerId_idx" ON "Action"("organisationId", "ownerId");
CREATE TABLE "new_Commitment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organisationId" TEXT NOT NULL,
    "ambitionId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "isInternal" BOOLEAN NOT NULL DEFAULT false,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "archivedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Commitment_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Commitment_ambitionId_fkey" FOREIGN KEY ("ambitionId") REFERENCES "Ambition" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Commitment" ("ambitionId", "archivedAt", "code", "createdAt", "description", "id", "organisationId", "sortOrder", "title", "updatedAt") SELECT "ambitionId", "archivedAt", "code", "createdAt", "description", "id", "organisationId", "sortOrder", "title", "updatedAt" FROM "Commitment";
DROP TABLE "Commitment";
ALTER TABLE "new_Commitment" RENAME TO "Commitment";
CREATE INDEX "Commitment_organisationId_ambitionId_idx" ON "Commitment"("organisationId", "ambitionId");
CREATE TABLE "new_Kpi" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organisationId" TEXT NOT NULL,
    "strategyId" TEXT NOT NULL,
    "ambitionId" TEXT,
    "commitmentId" TEXT,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "definition" TEXT NOT NULL DEFAULT '',
    "unit" TEXT NOT NULL,
    "direction" TEXT NOT NULL,
    "baselineValue" REAL NOT NULL,
    "baselineDate" DATETIME NOT NULL,
    "targetValue" REAL,
    "targetDate" DATETIME,
    "bandLow" REAL,
    "bandHigh" REAL,
    "toleranceKind" TEXT NOT NULL DEFAULT 'relative',
    "toleranceValue" REAL NOT NULL DEFAULT 10,
    "frequency" TEXT NOT NULL,
    "reportingLagDays" INTEGER,
    "dataSource" TEXT NOT NULL DEFAULT '',
    "ownerId" TEXT,
    "isDemoData" BOOLEAN NOT NULL DEFAULT false,
    "isInternal" BOOLEAN NOT NULL DEFAULT false,
    "spcMinimumPoints" INTEGER NOT NULL DEFAULT 13,
    "spcShiftLength" INTEGER NOT NULL DEFAULT 6,
    "spcTrendLength" INTEGER NOT NULL DEFAULT 6,
    "spcScreenOutliers" BOOLEAN NOT NULL DEFAULT false,
    "spcConflict" TEXT NOT NULL DEFAULT 'improvement',
    "rangeLow" REAL,
    "rangeHigh" REAL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "archivedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Kpi_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Kpi_strategyId_fkey" FOREIGN KEY ("strategyId") REFERENCES "Strategy" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Kpi_ambitionId_fkey" FOREIGN KEY ("ambitionId") REFERENCES "Ambition" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Kpi_commitmentId_fkey" FOREIGN KEY ("commitmentId") REFERENCES "Commitment" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Kpi_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Kpi" ("ambitionId", "archivedAt", "bandHigh", "bandLow", "baselineDate", "baselineValue", "code", "commitmentId", "createdAt", "dataSource", "definition", "direction", "frequency", "id", "isDemoData", "organisationId", "ownerId", "rangeHigh", "rangeLow", "reportingLagDays", "sortOrder", "spcConflict", "spcMinimumPoints", "spcScreenOutliers", "spcShiftLength", "spcTrendLength", "strategyId", "targetDate", "targetValue", "title", "toleranceKind", "toleranceValue", "unit", "updatedAt", "version") SELECT "ambitionId", "archivedAt", "bandHigh", "bandLow", "baselineDate", "baselineValue", "code", "commitmentId", "createdAt", "dataSource", "definition", "direction", "frequency", "id", "isDemoData", "organisationId", "ownerId", "rangeHigh", "rangeLow", "reportingLagDays", "sortOrder", "spcConflict", "spcMinimumPoints", "spcScreenOutliers", "spcShiftLength", "spcTrendLength", "strategyId", "targetDate", "targetValue", "title", "toleranceKind", "toleranceValue", "unit", "updatedAt", "version" FROM "Kpi";
DROP TABLE "Kpi";
ALTER TABLE "new_Kpi" RENAME TO "Kpi";
CREATE INDEX "Kpi_organisationId_strategyId_idx" ON "Kpi"("organisationId", "strategyId");
CREATE UNIQUE INDEX "Kpi_organisationId_code_key" ON "Kpi"("organisationId", "code");
CREATE TABLE "new_Organisation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'trust',
    "parentId" TEXT,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "smallNumberThreshold" INTEGER NOT NULL DEFAULT 10,
    "emailPaused" BOOLEAN NOT NULL DEFAULT false,
    "reminderDaysBeforeClose" INTEGER NOT NULL DEFAULT 5,
    "overdueRepeatDays" INTEGER NOT NULL DEFAULT 3,
    "oidcIssuer" TEXT,
    "oidcClientId" TEXT,
    "oidcClientSecret" TEXT,
    "oidcCreateAccounts" BOOLEAN NOT NULL DEFAULT false,
    "oidcNewAccountRole" TEXT,
    "passwordSignInDisabled" BOOLEAN NOT NULL DEFAULT false,
    "breakGlassUserId" TEXT,
    "publicShowsOwnerNames" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Organisation_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Organisation" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Organisation" ("createdAt", "id", "isDemo", "kind", "name", "parentId", "slug", "smallNumberThreshold") SELECT "createdAt", "id", "isDemo", "kind", "name", "parentId", "slug", "smallNumberThreshold" FROM "Organisation";
DROP TABLE "Organisation";
ALTER TABLE "new_Organisation" RENAME TO "Organisation";
CREATE UNIQUE INDEX "Organisation_slug_key" ON "Organisation"("slug");
CREATE TABLE "new_ProgressUpdate" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organisationId" TEXT NOT NULL,
    "actionId" TEXT NOT NULL,
    "periodId" TEXT,
    "authorId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "narrative" TEXT NOT NULL,
    "progressPercent" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "ownerRag" TEXT,
    "ownerRagReason" TEXT,
    "effectiveRag" TEXT,
    "risks" TEXT,
    "nextSteps" TEXT,
    "recoveryAction" TEXT,
    "isInternal" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "ProgressUpdate_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ProgressUpdate_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ProgressUpdate_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "ReportingPeriod" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "ProgressUpdate_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_ProgressUpdate" ("actionId", "authorId", "createdAt", "effectiveRag", "id", "narrative", "nextSteps", "organisationId", "ownerRag", "ownerRagReason", "periodId", "progressPercent", "recoveryAction", "risks", "status") SELECT "actionId", "authorId", "createdAt", "effectiveRag", "id", "narrative", "nextSteps", "organisationId", "ownerRag", "ownerRagReason", "periodId", "progressPercent", "recoveryAction", "risks", "status" FROM "ProgressUpdate";
DROP TABLE "ProgressUpdate";
ALTER TABLE "new_ProgressUpdate" RENAME TO "ProgressUpdate";
CREATE INDEX "ProgressUpdate_actionId_createdAt_idx" ON "ProgressUpdate"("actionId", "createdAt");
CREATE INDEX "ProgressUpdate_organisationId_periodId_idx" ON "ProgressUpdate"("organisationId", "periodId");
CREATE TABLE "new_User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "jobTitle" TEXT,
    "passwordHash" TEXT NOT NULL,
    "mustChangePassword" BOOLEAN NOT NULL DEFAULT false,
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "deactivatedAt" DATETIME,
    "emailReminders" BOOLEAN NOT NULL DEFAULT true,
    "emailDigest" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_User" ("createdAt", "deactivatedAt", "email", "id", "isActive", "jobTitle", "mustChangePassword", "name", "passwordHash", "updatedAt") SELECT "createdAt", "deactivatedAt", "email", "id", "isActive", "jobTitle", "mustChangePassword", "name", "passwordHash", "updatedAt" FROM "User";
DROP TABLE "User";
ALTER TABLE "new_User" RENAME TO "User";
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "OutboxMessage_dedupeKey_key" ON "OutboxMessage"("dedupeKey");

-- CreateIndex
CREATE INDEX "OutboxMessage_sentAt_failedAt_availableAt_idx" ON "OutboxMessage"("sentAt", "failedAt", "availableAt");

-- CreateIndex
CREATE INDEX "OutboxMessage_organisationId_createdAt_idx" ON "OutboxMessage"("organisationId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "SsoSignInAttempt_stateHash_key" ON "SsoSignInAttempt"("stateHash");

-- CreateIndex
CREATE INDEX "Publication_organisationId_publishedAt_idx" ON "Publication"("organisationId", "publishedAt");

-- CreateIndex
CREATE INDEX "Milestone_organisationId_idx" ON "Milestone"("organisationId");
