-- Serving a rendition asks which materials its image belongs to, directly or
-- as the poster of a PDF or video: that second question needs this index.

-- CreateIndex
CREATE INDEX "Asset_posterId_idx" ON "Asset"("posterId");

