-- What the ranking rules read of each indexed version, analyzed at indexing
-- (app/search/ranking.ts). Empty until the index is rebuilt, which start-up
-- does: the text analysis version changed with it.
-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_SearchDoc" (
    "docId" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "versionId" TEXT NOT NULL,
    "materialId" TEXT NOT NULL,
    "lang" TEXT NOT NULL,
    "rankText" TEXT NOT NULL DEFAULT ''
);
INSERT INTO "new_SearchDoc" ("docId", "lang", "materialId", "versionId") SELECT "docId", "lang", "materialId", "versionId" FROM "SearchDoc";
DROP TABLE "SearchDoc";
ALTER TABLE "new_SearchDoc" RENAME TO "SearchDoc";
CREATE UNIQUE INDEX "SearchDoc_versionId_key" ON "SearchDoc"("versionId");
CREATE INDEX "SearchDoc_materialId_idx" ON "SearchDoc"("materialId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

