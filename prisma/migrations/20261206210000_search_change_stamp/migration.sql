-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_SearchChange" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "materialId" TEXT NOT NULL,
    "stamp" TEXT NOT NULL DEFAULT ''
);
INSERT INTO "new_SearchChange" ("id", "materialId") SELECT "id", "materialId" FROM "SearchChange";
DROP TABLE "SearchChange";
ALTER TABLE "new_SearchChange" RENAME TO "SearchChange";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

