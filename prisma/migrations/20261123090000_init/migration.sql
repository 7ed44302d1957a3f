-- CreateTable
CREATE TABLE "Country" (
    "code" TEXT NOT NULL PRIMARY KEY,
    "allianceSince" INTEGER
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "countryCode" TEXT,
    "role" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Membership_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country" ("code") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Campaign" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "countryCode" TEXT NOT NULL,
    "originalLang" TEXT NOT NULL,
    "startYear" INTEGER,
    "endYear" INTEGER,
    "reachCount" INTEGER,
    "evaluationMethod" TEXT,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Campaign_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country" ("code") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CampaignTranslation" (
    "campaignId" TEXT NOT NULL,
    "lang" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "objectives" TEXT NOT NULL DEFAULT '',
    "reach" TEXT NOT NULL DEFAULT '',
    "results" TEXT NOT NULL DEFAULT '',
    "lessonsLearned" TEXT NOT NULL DEFAULT '',

    PRIMARY KEY ("campaignId", "lang"),
    CONSTRAINT "CampaignTranslation_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CampaignChannel" (
    "campaignId" TEXT NOT NULL,
    "channel" TEXT NOT NULL,

    PRIMARY KEY ("campaignId", "channel"),
    CONSTRAINT "CampaignChannel_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CampaignAudience" (
    "campaignId" TEXT NOT NULL,
    "audience" TEXT NOT NULL,

    PRIMARY KEY ("campaignId", "audience"),
    CONSTRAINT "CampaignAudience_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CampaignRisk" (
    "campaignId" TEXT NOT NULL,
    "risk" TEXT NOT NULL,

    PRIMARY KEY ("campaignId", "risk"),
    CONSTRAINT "CampaignRisk_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Material" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "campaignId" TEXT,
    "countryCode" TEXT NOT NULL,
    "resourceType" TEXT NOT NULL,
    "ageMin" INTEGER,
    "ageMax" INTEGER,
    "licence" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "originalLang" TEXT NOT NULL,
    "derivedFromVersionId" TEXT,
    "derivedFromRevision" INTEGER,
    "derivationKind" TEXT,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "publishedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Material_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Material_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country" ("code") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Material_derivedFromVersionId_fkey" FOREIGN KEY ("derivedFromVersionId") REFERENCES "MaterialVersion" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MaterialAudience" (
    "materialId" TEXT NOT NULL,
    "audience" TEXT NOT NULL,

    PRIMARY KEY ("materialId", "audience"),
    CONSTRAINT "MaterialAudience_materialId_fkey" FOREIGN KEY ("materialId") REFERENCES "Material" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MaterialRisk" (
    "materialId" TEXT NOT NULL,
    "risk" TEXT NOT NULL,

    PRIMARY KEY ("materialId", "risk"),
    CONSTRAINT "MaterialRisk_materialId_fkey" FOREIGN KEY ("materialId") REFERENCES "Material" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MaterialAccessibility" (
    "materialId" TEXT NOT NULL,
    "feature" TEXT NOT NULL,

    PRIMARY KEY ("materialId", "feature"),
    CONSTRAINT "MaterialAccessibility_materialId_fkey" FOREIGN KEY ("materialId") REFERENCES "Material" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MaterialVersion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "materialId" TEXT NOT NULL,
    "lang" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "extractedText" TEXT NOT NULL DEFAULT '',
    "revision" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "MaterialVersion_materialId_fkey" FOREIGN KEY ("materialId") REFERENCES "Material" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "VersionFile" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "versionId" TEXT NOT NULL,
    "assetId" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "VersionFile_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "MaterialVersion" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "VersionFile_assetId_fkey" FOREIGN KEY ("assetId") REFERENCES "Asset" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Asset" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sha256" TEXT NOT NULL,
    "mediaType" TEXT NOT NULL,
    "byteSize" INTEGER NOT NULL,
    "width" INTEGER,
    "height" INTEGER,
    "storageKey" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "DownloadCount" (
    "versionId" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("versionId", "day"),
    CONSTRAINT "DownloadCount_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "MaterialVersion" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "Membership_countryCode_idx" ON "Membership"("countryCode");

-- CreateIndex
CREATE UNIQUE INDEX "Membership_userId_countryCode_role_key" ON "Membership"("userId", "countryCode", "role");

-- CreateIndex
CREATE INDEX "Campaign_countryCode_idx" ON "Campaign"("countryCode");

-- CreateIndex
CREATE INDEX "Material_status_publishedAt_idx" ON "Material"("status", "publishedAt");

-- CreateIndex
CREATE INDEX "Material_countryCode_status_idx" ON "Material"("countryCode", "status");

-- CreateIndex
CREATE INDEX "Material_resourceType_status_idx" ON "Material"("resourceType", "status");

-- CreateIndex
CREATE INDEX "Material_licence_status_idx" ON "Material"("licence", "status");

-- CreateIndex
CREATE INDEX "Material_campaignId_idx" ON "Material"("campaignId");

-- CreateIndex
CREATE INDEX "Material_derivedFromVersionId_idx" ON "Material"("derivedFromVersionId");

-- CreateIndex
CREATE INDEX "MaterialAudience_audience_materialId_idx" ON "MaterialAudience"("audience", "materialId");

-- CreateIndex
CREATE INDEX "MaterialRisk_risk_materialId_idx" ON "MaterialRisk"("risk", "materialId");

-- CreateIndex
CREATE INDEX "MaterialVersion_lang_materialId_idx" ON "MaterialVersion"("lang", "materialId");

-- CreateIndex
CREATE UNIQUE INDEX "MaterialVersion_materialId_lang_key" ON "MaterialVersion"("materialId", "lang");

-- CreateIndex
CREATE INDEX "VersionFile_assetId_idx" ON "VersionFile"("assetId");

-- CreateIndex
CREATE UNIQUE INDEX "VersionFile_versionId_assetId_role_key" ON "VersionFile"("versionId", "assetId", "role");

-- CreateIndex
CREATE UNIQUE INDEX "Asset_sha256_key" ON "Asset"("sha256");

-- CreateIndex
CREATE UNIQUE INDEX "Asset_storageKey_key" ON "Asset"("storageKey");
