-- AlterTable
ALTER TABLE "Material" ADD COLUMN "lastPublished" TEXT;

