-- up
CREATE TABLE "cities" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "country_id" TEXT NOT NULL)
CREATE TABLE "countries" ("code" TEXT NOT NULL PRIMARY KEY, "capital_id" INTEGER)
CREATE TABLE "cities__biab_new" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "country_id" TEXT NOT NULL, CONSTRAINT "fk_cities_country_id" FOREIGN KEY ("country_id") REFERENCES "countries" ("code") ON DELETE CASCADE)
INSERT INTO "cities__biab_new" ("id", "country_id") SELECT "id", "country_id" FROM "cities"
DROP TABLE "cities"
ALTER TABLE "cities__biab_new" RENAME TO "cities"
CREATE TABLE "countries__biab_new" ("code" TEXT NOT NULL PRIMARY KEY, "capital_id" INTEGER, CONSTRAINT "fk_countries_capital_id" FOREIGN KEY ("capital_id") REFERENCES "cities" ("id") ON DELETE SET NULL)
INSERT INTO "countries__biab_new" ("code", "capital_id") SELECT "code", "capital_id" FROM "countries"
DROP TABLE "countries"
ALTER TABLE "countries__biab_new" RENAME TO "countries"
CREATE TEMP TABLE "biab_foreign_key_check" ("violations" INTEGER CONSTRAINT "a row refers to a missing parent row after the table rebuild (see PRAGMA foreign_key_check)" CHECK ("violations" = 0))
INSERT INTO "biab_foreign_key_check" SELECT COUNT(*) FROM pragma_foreign_key_check
DROP TABLE "biab_foreign_key_check"
CREATE TABLE "cities__biab_new" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "country_id" TEXT NOT NULL, CONSTRAINT "fk_cities_country_id" FOREIGN KEY ("country_id") REFERENCES "countries" ("code") ON DELETE CASCADE)
INSERT INTO "cities__biab_new" ("id", "country_id") SELECT "id", CAST("country_id" AS TEXT) FROM "cities"
DROP TABLE "cities"
ALTER TABLE "cities__biab_new" RENAME TO "cities"
CREATE TEMP TABLE "biab_foreign_key_check" ("violations" INTEGER CONSTRAINT "a row refers to a missing parent row after the table rebuild (see PRAGMA foreign_key_check)" CHECK ("violations" = 0))
INSERT INTO "biab_foreign_key_check" SELECT COUNT(*) FROM pragma_foreign_key_check
DROP TABLE "biab_foreign_key_check"
CREATE TABLE "cities__biab_new" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "country_id" TEXT NOT NULL, CONSTRAINT "fk_cities_country_id" FOREIGN KEY ("country_id") REFERENCES "countries" ("code") ON DELETE CASCADE)
INSERT INTO "cities__biab_new" ("id", "country_id") SELECT "id", CAST("country_id" AS TEXT) FROM "cities"
DROP TABLE "cities"
ALTER TABLE "cities__biab_new" RENAME TO "cities"
CREATE TEMP TABLE "biab_foreign_key_check" ("violations" INTEGER CONSTRAINT "a row refers to a missing parent row after the table rebuild (see PRAGMA foreign_key_check)" CHECK ("violations" = 0))
INSERT INTO "biab_foreign_key_check" SELECT COUNT(*) FROM pragma_foreign_key_check
DROP TABLE "biab_foreign_key_check"
-- down
CREATE TABLE "cities__biab_new" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "country_id" TEXT NOT NULL, CONSTRAINT "fk_cities_country_id" FOREIGN KEY ("country_id") REFERENCES "countries" ("code") ON DELETE CASCADE)
INSERT INTO "cities__biab_new" ("id", "country_id") SELECT "id", CAST("country_id" AS TEXT) FROM "cities"
DROP TABLE "cities"
ALTER TABLE "cities__biab_new" RENAME TO "cities"
CREATE TEMP TABLE "biab_foreign_key_check" ("violations" INTEGER CONSTRAINT "a row refers to a missing parent row after the table rebuild (see PRAGMA foreign_key_check)" CHECK ("violations" = 0))
INSERT INTO "biab_foreign_key_check" SELECT COUNT(*) FROM pragma_foreign_key_check
DROP TABLE "biab_foreign_key_check"
CREATE TABLE "cities__biab_new" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "country_id" TEXT NOT NULL, CONSTRAINT "fk_cities_country_id" FOREIGN KEY ("country_id") REFERENCES "countries" ("code") ON DELETE CASCADE)
INSERT INTO "cities__biab_new" ("id", "country_id") SELECT "id", CAST("country_id" AS TEXT) FROM "cities"
DROP TABLE "cities"
ALTER TABLE "cities__biab_new" RENAME TO "cities"
CREATE TEMP TABLE "biab_foreign_key_check" ("violations" INTEGER CONSTRAINT "a row refers to a missing parent row after the table rebuild (see PRAGMA foreign_key_check)" CHECK ("violations" = 0))
INSERT INTO "biab_foreign_key_check" SELECT COUNT(*) FROM pragma_foreign_key_check
DROP TABLE "biab_foreign_key_check"
CREATE TABLE "countries__biab_new" ("code" TEXT NOT NULL PRIMARY KEY, "capital_id" INTEGER)
INSERT INTO "countries__biab_new" ("code", "capital_id") SELECT "code", "capital_id" FROM "countries"
DROP TABLE "countries"
ALTER TABLE "countries__biab_new" RENAME TO "countries"
CREATE TABLE "cities__biab_new" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "country_id" TEXT NOT NULL)
INSERT INTO "cities__biab_new" ("id", "country_id") SELECT "id", "country_id" FROM "cities"
DROP TABLE "cities"
ALTER TABLE "cities__biab_new" RENAME TO "cities"
DROP TABLE "countries"
DROP TABLE "cities"
CREATE TEMP TABLE "biab_foreign_key_check" ("violations" INTEGER CONSTRAINT "a row refers to a missing parent row after the table rebuild (see PRAGMA foreign_key_check)" CHECK ("violations" = 0))
INSERT INTO "biab_foreign_key_check" SELECT COUNT(*) FROM pragma_foreign_key_check
DROP TABLE "biab_foreign_key_check"
