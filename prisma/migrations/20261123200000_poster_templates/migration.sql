-- CreateTable
CREATE TABLE "PosterTemplate" (
    "versionId" TEXT NOT NULL PRIMARY KEY,
    "backgroundId" TEXT NOT NULL,
    "logoId" TEXT,
    "slots" TEXT NOT NULL DEFAULT '[]',
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "PosterTemplate_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "MaterialVersion" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PosterTemplate_backgroundId_fkey" FOREIGN KEY ("backgroundId") REFERENCES "Asset" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "PosterTemplate_logoId_fkey" FOREIGN KEY ("logoId") REFERENCES "Asset" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
-- Rebuilt rather than ALTERed so the column order matches the schema exactly.
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_VersionFile" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "versionId" TEXT NOT NULL,
    "assetId" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "fileName" TEXT,
    "rendered" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "VersionFile_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "MaterialVersion" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "VersionFile_assetId_fkey" FOREIGN KEY ("assetId") REFERENCES "Asset" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_VersionFile" ("assetId", "fileName", "id", "position", "role", "versionId") SELECT "assetId", "fileName", "id", "position", "role", "versionId" FROM "VersionFile";
DROP TABLE "VersionFile";
ALTER TABLE "new_VersionFile" RENAME TO "VersionFile";
CREATE INDEX "VersionFile_assetId_idx" ON "VersionFile"("assetId");
CREATE UNIQUE INDEX "VersionFile_versionId_assetId_role_key" ON "VersionFile"("versionId", "assetId", "role");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "PosterTemplate_backgroundId_idx" ON "PosterTemplate"("backgroundId");

-- CreateIndex
CREATE INDEX "PosterTemplate_logoId_idx" ON "PosterTemplate"("logoId");

