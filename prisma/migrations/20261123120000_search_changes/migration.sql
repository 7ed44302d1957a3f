-- Which materials each change to the search index touched, so a process
-- holding facet data in memory refreshes only those materials instead of
-- reloading everything. A row with materialId '*' means "everything"
-- (a rebuild). Writers keep only the most recent rows.
CREATE TABLE "SearchChange" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "materialId" TEXT NOT NULL
);
