-- CreateTable
CREATE TABLE "CampaignSearchDoc" (
    "docId" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "campaignId" TEXT NOT NULL,
    "lang" TEXT NOT NULL
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_SearchState" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "analyzer" INTEGER NOT NULL DEFAULT 0,
    "campaignAnalyzer" INTEGER NOT NULL DEFAULT 0
);
INSERT INTO "new_SearchState" ("analyzer", "id", "version") SELECT "analyzer", "id", "version" FROM "SearchState";
DROP TABLE "SearchState";
ALTER TABLE "new_SearchState" RENAME TO "SearchState";
-- The evidence columns sit beside the ones they qualify (reachUnit after
-- reachCount), as in schema.prisma, so the table is rebuilt rather than
-- altered. Reach counts written before units existed counted people (the
-- form asked for "Number of people reached").
CREATE TABLE "new_Campaign" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "countryCode" TEXT NOT NULL,
    "originalLang" TEXT NOT NULL,
    "startYear" INTEGER,
    "endYear" INTEGER,
    "reachCount" INTEGER,
    "reachUnit" TEXT,
    "evaluationMethod" TEXT,
    "costAmount" REAL,
    "costCurrency" TEXT,
    "durationMonths" INTEGER,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Campaign_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country" ("code") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Campaign" ("id", "countryCode", "originalLang", "startYear", "endYear", "reachCount", "reachUnit", "evaluationMethod", "isDemo", "createdAt", "updatedAt")
SELECT "id", "countryCode", "originalLang", "startYear", "endYear", "reachCount", CASE WHEN "reachCount" IS NULL THEN NULL ELSE 'people' END, "evaluationMethod", "isDemo", "createdAt", "updatedAt" FROM "Campaign";
DROP TABLE "Campaign";
ALTER TABLE "new_Campaign" RENAME TO "Campaign";
CREATE INDEX "Campaign_countryCode_idx" ON "Campaign"("countryCode");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "CampaignSearchDoc_campaignId_lang_key" ON "CampaignSearchDoc"("campaignId", "lang");

-- The campaign index: one row per campaign text, analyzed in JavaScript
-- like the material index (app/search/text.ts), contentless (the text lives
-- in CampaignTranslation). Columns: title, summary, body (objectives, how it
-- reached people, results, lessons learned). Start-up fills it, since
-- SearchState.campaignAnalyzer starts at 0 (app/models/campaign-search.server.ts).
CREATE VIRTUAL TABLE "CampaignFts" USING fts5(
    title, summary, body,
    content='', contentless_delete=1,
    tokenize='unicode61 remove_diacritics 2 categories ''L* N* Co M*'''
);

-- Demo campaigns seeded before these figures existed get the ones the demo
-- library now gives them (prisma/demo/campaigns-*.ts; a test keeps the two
-- alike). A fresh database has no rows yet: the seed writes them whole.
UPDATE "Campaign" SET "costAmount" = 450000, "costCurrency" = 'EUR', "durationMonths" = 3 WHERE "id" = 'demo-c-01' AND "isDemo" = 1;
UPDATE "Campaign" SET "reachUnit" = 'students', "durationMonths" = 24 WHERE "id" = 'demo-c-02' AND "isDemo" = 1;
UPDATE "Campaign" SET "costAmount" = 180000, "costCurrency" = 'EUR', "durationMonths" = 2 WHERE "id" = 'demo-c-04' AND "isDemo" = 1;
UPDATE "Campaign" SET "reachUnit" = 'copies' WHERE "id" = 'demo-c-05' AND "isDemo" = 1;
UPDATE "Campaign" SET "reachUnit" = 'students', "costAmount" = 240000, "costCurrency" = 'CHF', "durationMonths" = 9 WHERE "id" = 'demo-c-06' AND "isDemo" = 1;
UPDATE "Campaign" SET "reachUnit" = 'views', "costAmount" = 350000, "costCurrency" = 'EUR', "durationMonths" = 2 WHERE "id" = 'demo-c-07' AND "isDemo" = 1;
UPDATE "Campaign" SET "reachUnit" = 'students' WHERE "id" = 'demo-c-08' AND "isDemo" = 1;
UPDATE "Campaign" SET "reachUnit" = 'students', "costAmount" = 600000, "costCurrency" = 'PLN', "durationMonths" = 10 WHERE "id" = 'demo-c-09' AND "isDemo" = 1;
UPDATE "Campaign" SET "reachUnit" = 'copies' WHERE "id" = 'demo-c-10' AND "isDemo" = 1;
UPDATE "Campaign" SET "reachUnit" = 'students' WHERE "id" = 'demo-c-11' AND "isDemo" = 1;
UPDATE "Campaign" SET "costAmount" = 1200000, "costCurrency" = 'GBP', "durationMonths" = 48 WHERE "id" = 'demo-c-12' AND "isDemo" = 1;
UPDATE "Campaign" SET "reachUnit" = 'copies' WHERE "id" = 'demo-c-13' AND "isDemo" = 1;
UPDATE "Campaign" SET "costAmount" = 9000000, "costCurrency" = 'AMD', "durationMonths" = 4 WHERE "id" = 'demo-c-18' AND "isDemo" = 1;
UPDATE "Campaign" SET "reachUnit" = 'views' WHERE "id" = 'demo-c-19' AND "isDemo" = 1;
UPDATE "Campaign" SET "durationMonths" = 5 WHERE "id" = 'demo-c-20' AND "isDemo" = 1;
UPDATE "Campaign" SET "costAmount" = 2500000, "costCurrency" = 'USD' WHERE "id" = 'demo-c-24' AND "isDemo" = 1;
UPDATE "Campaign" SET "reachUnit" = 'students', "costAmount" = 30000000, "costCurrency" = 'JPY', "durationMonths" = 12 WHERE "id" = 'demo-c-27' AND "isDemo" = 1;
UPDATE "Campaign" SET "costAmount" = 2000000, "costCurrency" = 'THB', "durationMonths" = 3 WHERE "id" = 'demo-c-29' AND "isDemo" = 1;
UPDATE "Campaign" SET "costAmount" = 1500000000, "costCurrency" = 'VND', "durationMonths" = 6 WHERE "id" = 'demo-c-31' AND "isDemo" = 1;
UPDATE "Campaign" SET "durationMonths" = 6 WHERE "id" = 'demo-c-33' AND "isDemo" = 1;
