-- up
CREATE TABLE "films" ("id" TEXT NOT NULL PRIMARY KEY, "rating" TEXT NOT NULL DEFAULT 'G' CONSTRAINT "ck_films_rating" CHECK ("rating" IN ('G', 'PG', 'PG-13', 'R', 'NC-17')), "state" TEXT CONSTRAINT "ck_films_state" CHECK ("state" IN ('ACTIVE', 'in progress', '17', 'snake_case')), "public_id" TEXT NOT NULL, "token" TEXT, "added_at" TEXT NOT NULL DEFAULT (CURRENT_TIMESTAMP), "seen_at" TEXT DEFAULT ((strftime('%Y-%m-%d %H:%M:%S+00:00', 'now'))), "rented_on" TEXT NOT NULL DEFAULT (CURRENT_DATE), "total" TEXT DEFAULT ((2)), "note" TEXT NOT NULL DEFAULT ('it''s */ a note'))
-- down
DROP TABLE "films"
