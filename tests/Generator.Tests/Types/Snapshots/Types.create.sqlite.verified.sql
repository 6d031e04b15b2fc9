-- up
CREATE TABLE "showings" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "seats" INTEGER NOT NULL DEFAULT 120, "spare" INTEGER, "ratio" REAL NOT NULL DEFAULT 1.5, "score" REAL, "code" TEXT NOT NULL DEFAULT 'AB', "hall" TEXT, "starts_at" TEXT NOT NULL DEFAULT '19:30:00', "ends_at" TEXT, "created_at" TEXT NOT NULL DEFAULT (CURRENT_TIMESTAMP), "shown_on" TEXT DEFAULT '2026-01-31T20:00:00', "logged_at" TEXT, "seen_at" TEXT, "tags" TEXT NOT NULL DEFAULT '[]', "ratings" TEXT, "rows" TEXT DEFAULT '[]', "slots" TEXT, "search" TEXT, "body" REAL NOT NULL, "page" TEXT NOT NULL)
-- down
DROP TABLE "showings"
