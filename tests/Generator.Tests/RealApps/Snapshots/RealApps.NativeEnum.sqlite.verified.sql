-- up
CREATE TABLE "films" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "rating" TEXT DEFAULT 'G' CONSTRAINT "ck_films_rating" CHECK ("rating" IN ('G', 'PG', 'R')))
CREATE TABLE "films__biab_new" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "rating" TEXT DEFAULT 'G' CONSTRAINT "ck_films_rating" CHECK ("rating" IN ('G', 'PG', 'PG-13', 'R', 'NC-17')))
INSERT INTO "films__biab_new" ("id", "rating") SELECT "id", "rating" FROM "films"
DROP TABLE "films"
ALTER TABLE "films__biab_new" RENAME TO "films"
CREATE TEMP TABLE "biab_foreign_key_check" ("violations" INTEGER CONSTRAINT "a row refers to a missing parent row after the table rebuild (see PRAGMA foreign_key_check)" CHECK ("violations" = 0))
INSERT INTO "biab_foreign_key_check" SELECT COUNT(*) FROM pragma_foreign_key_check
DROP TABLE "biab_foreign_key_check"
CREATE TABLE "films__biab_new" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "rating" TEXT DEFAULT 'G' CONSTRAINT "ck_films_rating" CHECK ("rating" IN ('G', 'PG-13', 'R', 'NC-17')))
INSERT INTO "films__biab_new" ("id", "rating") SELECT "id", "rating" FROM "films"
DROP TABLE "films"
ALTER TABLE "films__biab_new" RENAME TO "films"
CREATE TEMP TABLE "biab_foreign_key_check" ("violations" INTEGER CONSTRAINT "a row refers to a missing parent row after the table rebuild (see PRAGMA foreign_key_check)" CHECK ("violations" = 0))
INSERT INTO "biab_foreign_key_check" SELECT COUNT(*) FROM pragma_foreign_key_check
DROP TABLE "biab_foreign_key_check"
CREATE TABLE "films__biab_new" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT)
INSERT INTO "films__biab_new" ("id") SELECT "id" FROM "films"
DROP TABLE "films"
ALTER TABLE "films__biab_new" RENAME TO "films"
CREATE TEMP TABLE "biab_foreign_key_check" ("violations" INTEGER CONSTRAINT "a row refers to a missing parent row after the table rebuild (see PRAGMA foreign_key_check)" CHECK ("violations" = 0))
INSERT INTO "biab_foreign_key_check" SELECT COUNT(*) FROM pragma_foreign_key_check
DROP TABLE "biab_foreign_key_check"
-- down
ALTER TABLE "films" ADD COLUMN "rating" TEXT DEFAULT 'G' CONSTRAINT "ck_films_rating" CHECK ("rating" IN ('G', 'PG-13', 'R', 'NC-17'))
CREATE TABLE "films__biab_new" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "rating" TEXT DEFAULT 'G' CONSTRAINT "ck_films_rating" CHECK ("rating" IN ('G', 'PG', 'PG-13', 'R', 'NC-17')))
INSERT INTO "films__biab_new" ("id", "rating") SELECT "id", "rating" FROM "films"
DROP TABLE "films"
ALTER TABLE "films__biab_new" RENAME TO "films"
CREATE TEMP TABLE "biab_foreign_key_check" ("violations" INTEGER CONSTRAINT "a row refers to a missing parent row after the table rebuild (see PRAGMA foreign_key_check)" CHECK ("violations" = 0))
INSERT INTO "biab_foreign_key_check" SELECT COUNT(*) FROM pragma_foreign_key_check
DROP TABLE "biab_foreign_key_check"
CREATE TABLE "films__biab_new" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "rating" TEXT DEFAULT 'G' CONSTRAINT "ck_films_rating" CHECK ("rating" IN ('G', 'PG', 'R')))
INSERT INTO "films__biab_new" ("id", "rating") SELECT "id", "rating" FROM "films"
DROP TABLE "films"
ALTER TABLE "films__biab_new" RENAME TO "films"
CREATE TEMP TABLE "biab_foreign_key_check" ("violations" INTEGER CONSTRAINT "a row refers to a missing parent row after the table rebuild (see PRAGMA foreign_key_check)" CHECK ("violations" = 0))
INSERT INTO "biab_foreign_key_check" SELECT COUNT(*) FROM pragma_foreign_key_check
DROP TABLE "biab_foreign_key_check"
DROP TABLE "films"
