-- AlterTable
ALTER TABLE "InboxMessage" ADD COLUMN "versionId" TEXT;

-- AlterTable
ALTER TABLE "Material" ADD COLUMN "adaptationStep" TEXT;

-- CreateTable
CREATE TABLE "TemplateRequest" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "materialId" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "countryCode" TEXT NOT NULL,
    "requestedById" TEXT NOT NULL,
    "message" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL DEFAULT 'pending',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "doneAt" DATETIME,
    CONSTRAINT "TemplateRequest_materialId_fkey" FOREIGN KEY ("materialId") REFERENCES "Material" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "TemplateRequest_materialId_countryCode_status_idx" ON "TemplateRequest"("materialId", "countryCode", "status");

