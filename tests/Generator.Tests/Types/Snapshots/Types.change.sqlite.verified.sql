-- up
CREATE TABLE "readings" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "amount" REAL, "count" INTEGER, "level" INTEGER DEFAULT 3, "label" TEXT, "code" TEXT, "taken_at" TEXT, "logged_at" TEXT, "at" TEXT, "tag" TEXT, "marks" TEXT DEFAULT '[]', "extra" TEXT)
CREATE TEMP TABLE "biab_conversion_check" ("invalid_rows" INTEGER CONSTRAINT "readings.amount: a value does not convert to smallint" CHECK ("invalid_rows" = 0))
INSERT INTO "biab_conversion_check" SELECT COUNT(*) FROM "readings" WHERE "amount" IS NOT NULL AND (CAST("amount" AS INTEGER) <> "amount" OR "amount" NOT BETWEEN -32768 AND 32767)
DROP TABLE "biab_conversion_check"
CREATE TEMP TABLE "biab_conversion_check" ("invalid_rows" INTEGER CONSTRAINT "readings.count: a value does not convert to smallint" CHECK ("invalid_rows" = 0))
INSERT INTO "biab_conversion_check" SELECT COUNT(*) FROM "readings" WHERE "count" IS NOT NULL AND "count" NOT BETWEEN -32768 AND 32767
DROP TABLE "biab_conversion_check"
CREATE TABLE "readings__biab_new" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "amount" INTEGER, "count" INTEGER, "level" INTEGER DEFAULT 3, "label" TEXT, "code" TEXT, "taken_at" TEXT, "logged_at" TEXT, "at" TEXT, "tag" TEXT, "marks" INTEGER, "extra" TEXT)
INSERT INTO "readings__biab_new" ("id", "amount", "count", "level", "label", "code", "taken_at", "logged_at", "at", "tag", "marks", "extra") SELECT "id", CAST("amount" AS INTEGER), CAST("count" AS INTEGER), CAST("level" AS INTEGER), CAST("label" AS TEXT), CAST("code" AS TEXT), "taken_at", CAST("logged_at" AS TEXT), "at", CASE WHEN "tag" IS NULL THEN NULL ELSE json_array(CAST("tag" AS TEXT)) END, CAST(json_extract("marks", '$[0]') AS INTEGER), CAST("extra" AS TEXT) FROM "readings"
DROP TABLE "readings"
ALTER TABLE "readings__biab_new" RENAME TO "readings"
CREATE TEMP TABLE "biab_foreign_key_check" ("violations" INTEGER CONSTRAINT "a row refers to a missing parent row after the table rebuild (see PRAGMA foreign_key_check)" CHECK ("violations" = 0))
INSERT INTO "biab_foreign_key_check" SELECT COUNT(*) FROM pragma_foreign_key_check
DROP TABLE "biab_foreign_key_check"
-- down
CREATE TEMP TABLE "biab_conversion_check" ("invalid_rows" INTEGER CONSTRAINT "readings.level: a value does not convert to smallint" CHECK ("invalid_rows" = 0))
INSERT INTO "biab_conversion_check" SELECT COUNT(*) FROM "readings" WHERE "level" IS NOT NULL AND "level" NOT BETWEEN -32768 AND 32767
DROP TABLE "biab_conversion_check"
CREATE TABLE "readings__biab_new" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "amount" REAL, "count" INTEGER, "level" INTEGER DEFAULT 3, "label" TEXT, "code" TEXT, "taken_at" TEXT, "logged_at" TEXT, "at" TEXT, "tag" TEXT, "marks" TEXT DEFAULT '[]', "extra" TEXT)
INSERT INTO "readings__biab_new" ("id", "amount", "count", "level", "label", "code", "taken_at", "logged_at", "at", "tag", "marks", "extra") SELECT "id", CAST("amount" AS REAL), CAST("count" AS INTEGER), CAST("level" AS INTEGER), CAST("label" AS TEXT), CAST("code" AS TEXT), "taken_at", CAST("logged_at" AS TEXT), "at", CAST(json_extract("tag", '$[0]') AS TEXT), CASE WHEN "marks" IS NULL THEN NULL ELSE json_array(CAST("marks" AS INTEGER)) END, CAST("extra" AS TEXT) FROM "readings"
DROP TABLE "readings"
ALTER TABLE "readings__biab_new" RENAME TO "readings"
CREATE TEMP TABLE "biab_foreign_key_check" ("violations" INTEGER CONSTRAINT "a row refers to a missing parent row after the table rebuild (see PRAGMA foreign_key_check)" CHECK ("violations" = 0))
INSERT INTO "biab_foreign_key_check" SELECT COUNT(*) FROM pragma_foreign_key_check
DROP TABLE "biab_foreign_key_check"
DROP TABLE "readings"
