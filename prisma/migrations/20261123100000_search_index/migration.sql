-- CreateTable
CREATE TABLE "SearchDoc" (
    "docId" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "versionId" TEXT NOT NULL,
    "materialId" TEXT NOT NULL,
    "lang" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "SearchState" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "analyzer" INTEGER NOT NULL DEFAULT 0
);

-- CreateTable
CREATE TABLE "SearchOutbox" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "materialId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastError" TEXT
);

-- CreateIndex
CREATE INDEX "SearchOutbox_nextAttemptAt_idx" ON "SearchOutbox"("nextAttemptAt");

-- CreateIndex
CREATE UNIQUE INDEX "SearchDoc_versionId_key" ON "SearchDoc"("versionId");

-- CreateIndex
CREATE INDEX "SearchDoc_materialId_idx" ON "SearchDoc"("materialId");

-- The full-text index. Contentless (the text lives in MaterialVersion), so
-- the index costs only its postings; contentless_delete lets a material be
-- re-indexed in place. Text is normalized and segmented in JavaScript before
-- it gets here (app/search/text.ts), so unicode61 sees ready-made words;
-- combining marks (category M) are word characters, so Thai vowel signs and
-- Devanagari matras stay inside their words.
-- Columns: title, tags (topic words), description, body (extracted text).
-- No prefix index: it would more than double the index (measured 1.70 ×
-- the raw text with prefix='2 3', 0.78 × without); prefix queries of three
-- or more characters scan the sorted term list instead, which is fast.
CREATE VIRTUAL TABLE "SearchFts" USING fts5(
    title, tags, description, body,
    content='', contentless_delete=1,
    tokenize='unicode61 remove_diacritics 2 categories ''L* N* Co M*'''
);

-- Every indexed word and how many documents hold it: typo tolerance and
-- "did you mean" look candidates up here.
CREATE VIRTUAL TABLE "SearchVocab" USING fts5vocab("SearchFts", 'row');

INSERT INTO "SearchState" ("id", "version") VALUES (1, 0);
