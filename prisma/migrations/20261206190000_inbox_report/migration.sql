-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_InboxMessage" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "materialId" TEXT,
    "reportId" TEXT,
    "body" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" DATETIME,
    "versionId" TEXT,
    CONSTRAINT "InboxMessage_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "InboxMessage_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "CountryReport" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_InboxMessage" ("body", "createdAt", "id", "kind", "materialId", "readAt", "userId", "versionId") SELECT "body", "createdAt", "id", "kind", "materialId", "readAt", "userId", "versionId" FROM "InboxMessage";
DROP TABLE "InboxMessage";
ALTER TABLE "new_InboxMessage" RENAME TO "InboxMessage";
CREATE INDEX "InboxMessage_userId_createdAt_idx" ON "InboxMessage"("userId", "createdAt");
CREATE INDEX "InboxMessage_reportId_idx" ON "InboxMessage"("reportId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

