-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Material" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "campaignId" TEXT,
    "countryCode" TEXT NOT NULL,
    "resourceType" TEXT NOT NULL,
    "ageMin" INTEGER,
    "ageMax" INTEGER,
    "licence" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "createdById" TEXT,
    "submittedAt" DATETIME,
    "originalLang" TEXT NOT NULL,
    "derivedFromVersionId" TEXT,
    "derivedFromRevision" INTEGER,
    "derivationKind" TEXT,
    "revisionOfId" TEXT,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "publishedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Material_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Material_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country" ("code") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Material_derivedFromVersionId_fkey" FOREIGN KEY ("derivedFromVersionId") REFERENCES "MaterialVersion" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Material_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Material_revisionOfId_fkey" FOREIGN KEY ("revisionOfId") REFERENCES "Material" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Material" ("ageMax", "ageMin", "campaignId", "countryCode", "createdAt", "createdById", "derivationKind", "derivedFromRevision", "derivedFromVersionId", "id", "isDemo", "licence", "originalLang", "publishedAt", "resourceType", "status", "submittedAt", "updatedAt") SELECT "ageMax", "ageMin", "campaignId", "countryCode", "createdAt", "createdById", "derivationKind", "derivedFromRevision", "derivedFromVersionId", "id", "isDemo", "licence", "originalLang", "publishedAt", "resourceType", "status", "submittedAt", "updatedAt" FROM "Material";
DROP TABLE "Material";
ALTER TABLE "new_Material" RENAME TO "Material";
CREATE UNIQUE INDEX "Material_revisionOfId_key" ON "Material"("revisionOfId");
CREATE INDEX "Material_status_publishedAt_idx" ON "Material"("status", "publishedAt");
CREATE INDEX "Material_status_countryCode_idx" ON "Material"("status", "countryCode");
CREATE INDEX "Material_resourceType_status_idx" ON "Material"("resourceType", "status");
CREATE INDEX "Material_licence_status_idx" ON "Material"("licence", "status");
CREATE INDEX "Material_campaignId_idx" ON "Material"("campaignId");
CREATE INDEX "Material_derivedFromVersionId_idx" ON "Material"("derivedFromVersionId");
CREATE INDEX "Material_status_submittedAt_idx" ON "Material"("status", "submittedAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

