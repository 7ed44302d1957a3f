-- Exchange-wide roles (reviewer, admin) are held with no country. SQLite
-- treats NULLs as distinct in a unique index, so
-- "Membership_userId_countryCode_role_key" lets a second (user, NULL, role)
-- in; this partial index, which Prisma's schema cannot describe, does not.
-- Copies from before it (none should exist) are removed first, oldest kept.
DELETE FROM "Membership"
WHERE "countryCode" IS NULL
  AND "id" NOT IN (
    SELECT "id" FROM (
      SELECT "id", ROW_NUMBER() OVER (PARTITION BY "userId", "role" ORDER BY "createdAt", "id") AS "n"
      FROM "Membership"
      WHERE "countryCode" IS NULL
    )
    WHERE "n" = 1
  );

CREATE UNIQUE INDEX "Membership_userId_role_exchange_key" ON "Membership"("userId", "role") WHERE "countryCode" IS NULL;
