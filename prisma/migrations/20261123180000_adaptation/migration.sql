-- Adaptation: permission requests for materials whose licence forbids
-- derivatives without asking, and the translatable segments of a language
-- version (helpline, legal references, poster text slots) with the source
-- text each was translated from. Generated with prisma migrate diff.

-- CreateTable
CREATE TABLE "AdaptationPermission" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "materialId" TEXT NOT NULL,
    "countryCode" TEXT NOT NULL,
    "requestedById" TEXT NOT NULL,
    "message" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL DEFAULT 'pending',
    "decidedById" TEXT,
    "decidedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AdaptationPermission_materialId_fkey" FOREIGN KEY ("materialId") REFERENCES "Material" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "VersionSegment" (
    "versionId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "text" TEXT NOT NULL DEFAULT '',
    "sourceText" TEXT,

    PRIMARY KEY ("versionId", "key"),
    CONSTRAINT "VersionSegment_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "MaterialVersion" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "AdaptationPermission_materialId_countryCode_status_idx" ON "AdaptationPermission"("materialId", "countryCode", "status");

