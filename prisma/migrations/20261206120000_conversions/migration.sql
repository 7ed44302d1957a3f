-- Image downloads in other formats (PNG, WebP, PDF) with their credit,
-- stored once per source image, format and credit instead of made again on
-- every download. Generated with prisma migrate diff from the previous schema.

-- CreateTable
CREATE TABLE "Conversion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "assetId" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "variant" TEXT NOT NULL,
    "byteSize" INTEGER NOT NULL,
    "storageKey" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Conversion_assetId_fkey" FOREIGN KEY ("assetId") REFERENCES "Asset" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Conversion_assetId_format_variant_key" ON "Conversion"("assetId", "format", "variant");

