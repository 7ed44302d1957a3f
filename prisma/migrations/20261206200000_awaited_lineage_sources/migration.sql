-- AlterTable
ALTER TABLE "Material" ADD COLUMN "awaitedVersionId" TEXT;
ALTER TABLE "Material" ADD COLUMN "awaitedMaterialId" TEXT;

-- CreateIndex
CREATE INDEX "Material_awaitedVersionId_idx" ON "Material"("awaitedVersionId");
