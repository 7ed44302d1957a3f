-- The organisation that produced a campaign or a material, and how to reach
-- it: credited with the country on the pages and in every download.
-- AlterTable
ALTER TABLE "Campaign" ADD COLUMN "organisation" TEXT;
ALTER TABLE "Campaign" ADD COLUMN "organisationContact" TEXT;

-- AlterTable
ALTER TABLE "Material" ADD COLUMN "organisation" TEXT;
ALTER TABLE "Material" ADD COLUMN "organisationContact" TEXT;

