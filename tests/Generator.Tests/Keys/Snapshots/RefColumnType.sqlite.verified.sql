-- up
CREATE TABLE "films" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "title" TEXT NOT NULL, "language_id" INTEGER NOT NULL)
CREATE TABLE "languages" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "name" TEXT NOT NULL, "film_id" INTEGER)
CREATE TABLE "films__biab_new" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "title" TEXT NOT NULL, "language_id" INTEGER NOT NULL, CONSTRAINT "fk_films_language_id" FOREIGN KEY ("language_id") REFERENCES "languages" ("id") ON DELETE NO ACTION)
INSERT INTO "films__biab_new" ("id", "title", "language_id") SELECT "id", "title", "language_id" FROM "films"
DROP TABLE "films"
ALTER TABLE "films__biab_new" RENAME TO "films"
CREATE TABLE "languages__biab_new" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "name" TEXT NOT NULL, "film_id" INTEGER, CONSTRAINT "fk_languages_film_id" FOREIGN KEY ("film_id") REFERENCES "films" ("id") ON DELETE NO ACTION)
INSERT INTO "languages__biab_new" ("id", "name", "film_id") SELECT "id", "name", "film_id" FROM "languages"
DROP TABLE "languages"
ALTER TABLE "languages__biab_new" RENAME TO "languages"
CREATE TEMP TABLE "biab_foreign_key_check" ("violations" INTEGER CONSTRAINT "a row refers to a missing parent row after the table rebuild (see PRAGMA foreign_key_check)" CHECK ("violations" = 0))
INSERT INTO "biab_foreign_key_check" SELECT COUNT(*) FROM pragma_foreign_key_check
DROP TABLE "biab_foreign_key_check"
CREATE TEMP TABLE "biab_conversion_check" ("invalid_rows" INTEGER CONSTRAINT "films.language_id: a value does not convert to smallint" CHECK ("invalid_rows" = 0))
INSERT INTO "biab_conversion_check" SELECT COUNT(*) FROM "films" WHERE "language_id" IS NOT NULL AND "language_id" NOT BETWEEN -32768 AND 32767
DROP TABLE "biab_conversion_check"
CREATE TABLE "films__biab_new" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "title" TEXT NOT NULL, "language_id" INTEGER NOT NULL, CONSTRAINT "fk_films_language_id" FOREIGN KEY ("language_id") REFERENCES "languages" ("id") ON DELETE NO ACTION)
INSERT INTO "films__biab_new" ("id", "title", "language_id") SELECT "id", "title", CAST("language_id" AS INTEGER) FROM "films"
DROP TABLE "films"
ALTER TABLE "films__biab_new" RENAME TO "films"
CREATE TEMP TABLE "biab_foreign_key_check" ("violations" INTEGER CONSTRAINT "a row refers to a missing parent row after the table rebuild (see PRAGMA foreign_key_check)" CHECK ("violations" = 0))
INSERT INTO "biab_foreign_key_check" SELECT COUNT(*) FROM pragma_foreign_key_check
DROP TABLE "biab_foreign_key_check"
CREATE TABLE "films__biab_new" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "title" TEXT NOT NULL, "language_id" INTEGER NOT NULL, CONSTRAINT "fk_films_language_id" FOREIGN KEY ("language_id") REFERENCES "languages" ("id") ON DELETE NO ACTION)
INSERT INTO "films__biab_new" ("id", "title", "language_id") SELECT "id", "title", CAST("language_id" AS INTEGER) FROM "films"
DROP TABLE "films"
ALTER TABLE "films__biab_new" RENAME TO "films"
CREATE TEMP TABLE "biab_foreign_key_check" ("violations" INTEGER CONSTRAINT "a row refers to a missing parent row after the table rebuild (see PRAGMA foreign_key_check)" CHECK ("violations" = 0))
INSERT INTO "biab_foreign_key_check" SELECT COUNT(*) FROM pragma_foreign_key_check
DROP TABLE "biab_foreign_key_check"
-- down
CREATE TEMP TABLE "biab_conversion_check" ("invalid_rows" INTEGER CONSTRAINT "films.language_id: a value does not convert to smallint" CHECK ("invalid_rows" = 0))
INSERT INTO "biab_conversion_check" SELECT COUNT(*) FROM "films" WHERE "language_id" IS NOT NULL AND "language_id" NOT BETWEEN -32768 AND 32767
DROP TABLE "biab_conversion_check"
CREATE TABLE "films__biab_new" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "title" TEXT NOT NULL, "language_id" INTEGER NOT NULL, CONSTRAINT "fk_films_language_id" FOREIGN KEY ("language_id") REFERENCES "languages" ("id") ON DELETE NO ACTION)
INSERT INTO "films__biab_new" ("id", "title", "language_id") SELECT "id", "title", CAST("language_id" AS INTEGER) FROM "films"
DROP TABLE "films"
ALTER TABLE "films__biab_new" RENAME TO "films"
CREATE TEMP TABLE "biab_foreign_key_check" ("violations" INTEGER CONSTRAINT "a row refers to a missing parent row after the table rebuild (see PRAGMA foreign_key_check)" CHECK ("violations" = 0))
INSERT INTO "biab_foreign_key_check" SELECT COUNT(*) FROM pragma_foreign_key_check
DROP TABLE "biab_foreign_key_check"
CREATE TABLE "films__biab_new" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "title" TEXT NOT NULL, "language_id" INTEGER NOT NULL, CONSTRAINT "fk_films_language_id" FOREIGN KEY ("language_id") REFERENCES "languages" ("id") ON DELETE NO ACTION)
INSERT INTO "films__biab_new" ("id", "title", "language_id") SELECT "id", "title", CAST("language_id" AS INTEGER) FROM "films"
DROP TABLE "films"
ALTER TABLE "films__biab_new" RENAME TO "films"
CREATE TEMP TABLE "biab_foreign_key_check" ("violations" INTEGER CONSTRAINT "a row refers to a missing parent row after the table rebuild (see PRAGMA foreign_key_check)" CHECK ("violations" = 0))
INSERT INTO "biab_foreign_key_check" SELECT COUNT(*) FROM pragma_foreign_key_check
DROP TABLE "biab_foreign_key_check"
CREATE TABLE "languages__biab_new" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "name" TEXT NOT NULL, "film_id" INTEGER)
INSERT INTO "languages__biab_new" ("id", "name", "film_id") SELECT "id", "name", "film_id" FROM "languages"
DROP TABLE "languages"
ALTER TABLE "languages__biab_new" RENAME TO "languages"
CREATE TABLE "films__biab_new" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "title" TEXT NOT NULL, "language_id" INTEGER NOT NULL)
INSERT INTO "films__biab_new" ("id", "title", "language_id") SELECT "id", "title", "language_id" FROM "films"
DROP TABLE "films"
ALTER TABLE "films__biab_new" RENAME TO "films"
DROP TABLE "languages"
DROP TABLE "films"
CREATE TEMP TABLE "biab_foreign_key_check" ("violations" INTEGER CONSTRAINT "a row refers to a missing parent row after the table rebuild (see PRAGMA foreign_key_check)" CHECK ("violations" = 0))
INSERT INTO "biab_foreign_key_check" SELECT COUNT(*) FROM pragma_foreign_key_check
DROP TABLE "biab_foreign_key_check"
