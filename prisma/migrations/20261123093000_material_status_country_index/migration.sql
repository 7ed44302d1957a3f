-- Catalog queries always filter on status first; with status leading, the
-- countries facet and country filters are answered from the index alone.
-- DropIndex
DROP INDEX "Material_countryCode_status_idx";

-- CreateIndex
CREATE INDEX "Material_status_countryCode_idx" ON "Material"("status", "countryCode");
