-- Throttling forgets a key's failures after a quiet time measured from its
-- last attempt (or the end of its lock), not from the start of a window:
-- windowStart becomes lastAttemptAt, carrying the old value over.
-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_LoginThrottle" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "lastAttemptAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lockedUntil" DATETIME
);
INSERT INTO "new_LoginThrottle" ("failures", "key", "lastAttemptAt", "lockedUntil") SELECT "failures", "key", "windowStart", "lockedUntil" FROM "LoginThrottle";
DROP TABLE "LoginThrottle";
ALTER TABLE "new_LoginThrottle" RENAME TO "LoginThrottle";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
