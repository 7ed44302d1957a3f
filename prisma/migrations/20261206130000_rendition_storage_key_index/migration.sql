-- The sweeper asks, a folder of the store at a time, which stored files are
-- still renditions' (Asset.storageKey is unique, so already indexed).

-- CreateIndex
CREATE INDEX "Rendition_storageKey_idx" ON "Rendition"("storageKey");
