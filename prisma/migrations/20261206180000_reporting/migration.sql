-- CreateTable
CREATE TABLE "ReportingRound" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "periodStart" DATETIME NOT NULL,
    "periodEnd" DATETIME NOT NULL,
    "dueDate" DATETIME NOT NULL,
    "secretariatCountryCode" TEXT NOT NULL,
    "visibility" TEXT NOT NULL DEFAULT 'members',
    "status" TEXT NOT NULL DEFAULT 'open',
    "previousRoundId" TEXT,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "openedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedAt" DATETIME,
    CONSTRAINT "ReportingRound_previousRoundId_fkey" FOREIGN KEY ("previousRoundId") REFERENCES "ReportingRound" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "ReportingRound_secretariatCountryCode_fkey" FOREIGN KEY ("secretariatCountryCode") REFERENCES "Country" ("code") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ReportingTarget" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "roundId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "texts" TEXT NOT NULL,
    CONSTRAINT "ReportingTarget_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "ReportingRound" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ReportingGoal" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "targetId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "texts" TEXT NOT NULL,
    "actions" TEXT NOT NULL DEFAULT '[]',
    "addedAt" TEXT,
    CONSTRAINT "ReportingGoal_targetId_fkey" FOREIGN KEY ("targetId") REFERENCES "ReportingTarget" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CountryReport" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "roundId" TEXT NOT NULL,
    "countryCode" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "returnComment" TEXT NOT NULL DEFAULT '',
    "activity" TEXT,
    "activityNarrative" TEXT NOT NULL DEFAULT '',
    "activityRevision" INTEGER NOT NULL DEFAULT 1,
    "submittedAt" DATETIME,
    "acceptedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "CountryReport_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "ReportingRound" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CountryReport_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country" ("code") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ReportGoalEntry" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "reportId" TEXT NOT NULL,
    "goalId" TEXT NOT NULL,
    "assessment" TEXT NOT NULL DEFAULT '',
    "assessmentText" TEXT NOT NULL DEFAULT '',
    "followUp" TEXT NOT NULL DEFAULT '',
    "revision" INTEGER NOT NULL DEFAULT 1,
    "updatedById" TEXT,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ReportGoalEntry_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "CountryReport" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ReportGoalEntry_goalId_fkey" FOREIGN KEY ("goalId") REFERENCES "ReportingGoal" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ReportMeasure" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "reportId" TEXT NOT NULL,
    "goalId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "lang" TEXT NOT NULL DEFAULT 'en',
    "description" TEXT NOT NULL DEFAULT '',
    "carriedFromId" TEXT,
    "state" TEXT NOT NULL DEFAULT '',
    "stateComment" TEXT NOT NULL DEFAULT '',
    "position" INTEGER NOT NULL DEFAULT 0,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "updatedById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ReportMeasure_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "CountryReport" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ReportMeasure_goalId_fkey" FOREIGN KEY ("goalId") REFERENCES "ReportingGoal" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ReportMeasure_carriedFromId_fkey" FOREIGN KEY ("carriedFromId") REFERENCES "ReportMeasure" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ReportEvidence" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "measureId" TEXT NOT NULL,
    "campaignId" TEXT,
    "materialId" TEXT,
    CONSTRAINT "ReportEvidence_measureId_fkey" FOREIGN KEY ("measureId") REFERENCES "ReportMeasure" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ReportConflict" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "reportId" TEXT NOT NULL,
    "part" TEXT NOT NULL,
    "theirs" TEXT NOT NULL,
    "userId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" DATETIME,
    CONSTRAINT "ReportConflict_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "CountryReport" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "JointReport" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "roundId" TEXT NOT NULL,
    "narratives" TEXT NOT NULL DEFAULT '{}',
    "bestPractices" TEXT NOT NULL DEFAULT '[]',
    "figures" TEXT,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "publishedAt" DATETIME,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "JointReport_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "ReportingRound" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "UsageNote" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "countryCode" TEXT NOT NULL,
    "materialId" TEXT,
    "campaignId" TEXT,
    "note" TEXT NOT NULL,
    "outcomeValue" INTEGER,
    "outcomeUnit" TEXT,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "UsageNote_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country" ("code") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "ReportingRound_previousRoundId_key" ON "ReportingRound"("previousRoundId");

-- CreateIndex
CREATE INDEX "ReportingRound_status_dueDate_idx" ON "ReportingRound"("status", "dueDate");

-- CreateIndex
CREATE UNIQUE INDEX "ReportingTarget_roundId_key_key" ON "ReportingTarget"("roundId", "key");

-- CreateIndex
CREATE UNIQUE INDEX "ReportingGoal_targetId_key_key" ON "ReportingGoal"("targetId", "key");

-- CreateIndex
CREATE INDEX "CountryReport_countryCode_idx" ON "CountryReport"("countryCode");

-- CreateIndex
CREATE UNIQUE INDEX "CountryReport_roundId_countryCode_key" ON "CountryReport"("roundId", "countryCode");

-- CreateIndex
CREATE UNIQUE INDEX "ReportGoalEntry_reportId_goalId_key" ON "ReportGoalEntry"("reportId", "goalId");

-- CreateIndex
CREATE INDEX "ReportMeasure_reportId_goalId_idx" ON "ReportMeasure"("reportId", "goalId");

-- CreateIndex
CREATE INDEX "ReportMeasure_carriedFromId_idx" ON "ReportMeasure"("carriedFromId");

-- CreateIndex
CREATE INDEX "ReportEvidence_measureId_idx" ON "ReportEvidence"("measureId");

-- CreateIndex
CREATE INDEX "ReportConflict_reportId_resolvedAt_idx" ON "ReportConflict"("reportId", "resolvedAt");

-- CreateIndex
CREATE UNIQUE INDEX "JointReport_roundId_key" ON "JointReport"("roundId");

-- CreateIndex
CREATE INDEX "UsageNote_materialId_idx" ON "UsageNote"("materialId");

-- CreateIndex
CREATE INDEX "UsageNote_campaignId_idx" ON "UsageNote"("campaignId");

-- CreateIndex
CREATE UNIQUE INDEX "UsageNote_countryCode_materialId_key" ON "UsageNote"("countryCode", "materialId");

-- CreateIndex
CREATE UNIQUE INDEX "UsageNote_countryCode_campaignId_key" ON "UsageNote"("countryCode", "campaignId");

