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

-- A column with a constant default: SQLite adds it without rebuilding the table.
ALTER TABLE "VersionFile" ADD COLUMN "rendered" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE INDEX "PosterTemplate_backgroundId_idx" ON "PosterTemplate"("backgroundId");

-- CreateIndex
CREATE INDEX "PosterTemplate_logoId_idx" ON "PosterTemplate"("logoId");

