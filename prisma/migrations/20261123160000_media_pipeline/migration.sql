-- The media pipeline: what kind of file each asset is (and its duration or
-- page count), its resized renditions, the text of its pages for search, the
-- poster image of a document or video, and the uploader's (safe) file name.
-- Generated with prisma migrate diff from the previous schema.

-- AlterTable
ALTER TABLE "VersionFile" ADD COLUMN "fileName" TEXT;

-- CreateTable
CREATE TABLE "Rendition" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "assetId" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "byteSize" INTEGER NOT NULL,
    "storageKey" TEXT NOT NULL,
    CONSTRAINT "Rendition_assetId_fkey" FOREIGN KEY ("assetId") REFERENCES "Asset" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AssetPage" (
    "assetId" TEXT NOT NULL,
    "page" INTEGER NOT NULL,
    "text" TEXT NOT NULL,

    PRIMARY KEY ("assetId", "page"),
    CONSTRAINT "AssetPage_assetId_fkey" FOREIGN KEY ("assetId") REFERENCES "Asset" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Asset" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sha256" TEXT NOT NULL,
    "mediaType" TEXT NOT NULL,
    "byteSize" INTEGER NOT NULL,
    "width" INTEGER,
    "height" INTEGER,
    "storageKey" TEXT NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'image',
    "durationMs" INTEGER,
    "pageCount" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "posterId" TEXT,
    CONSTRAINT "Asset_posterId_fkey" FOREIGN KEY ("posterId") REFERENCES "Asset" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Asset" ("byteSize", "createdAt", "height", "id", "mediaType", "sha256", "storageKey", "width") SELECT "byteSize", "createdAt", "height", "id", "mediaType", "sha256", "storageKey", "width" FROM "Asset";
DROP TABLE "Asset";
ALTER TABLE "new_Asset" RENAME TO "Asset";
CREATE UNIQUE INDEX "Asset_sha256_key" ON "Asset"("sha256");
CREATE UNIQUE INDEX "Asset_storageKey_key" ON "Asset"("storageKey");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "Rendition_assetId_format_width_key" ON "Rendition"("assetId", "format", "width");


-- Assets stored before this migration get their kind from their media type.
UPDATE "Asset" SET "kind" = CASE
    WHEN "mediaType" LIKE 'image/%' THEN 'image'
    WHEN "mediaType" = 'application/pdf' THEN 'pdf'
    WHEN "mediaType" LIKE 'video/%' THEN 'video'
    WHEN "mediaType" LIKE 'audio/%' THEN 'audio'
    WHEN "mediaType" = 'text/plain' THEN 'text'
    ELSE 'document'
END;
