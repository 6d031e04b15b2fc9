-- up
CREATE TABLE "cities" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "name" TEXT NOT NULL)
CREATE TABLE "countries" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "name" TEXT NOT NULL)
CREATE TABLE "countries__biab_new" ("id" INT NOT NULL PRIMARY KEY, "name" TEXT NOT NULL)
INSERT INTO "countries__biab_new" ("id", "name") SELECT "id", "name" FROM "countries"
DROP TABLE "countries"
ALTER TABLE "countries__biab_new" RENAME TO "countries"
CREATE TEMP TABLE "biab_foreign_key_check" ("violations" INTEGER CONSTRAINT "a row refers to a missing parent row after the table rebuild (see PRAGMA foreign_key_check)" CHECK ("violations" = 0))
INSERT INTO "biab_foreign_key_check" SELECT COUNT(*) FROM pragma_foreign_key_check
DROP TABLE "biab_foreign_key_check"
CREATE TABLE "countries__biab_new" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "name" TEXT NOT NULL)
INSERT INTO "countries__biab_new" ("id", "name") SELECT "id", "name" FROM "countries"
DROP TABLE "countries"
ALTER TABLE "countries__biab_new" RENAME TO "countries"
CREATE TEMP TABLE "biab_foreign_key_check" ("violations" INTEGER CONSTRAINT "a row refers to a missing parent row after the table rebuild (see PRAGMA foreign_key_check)" CHECK ("violations" = 0))
INSERT INTO "biab_foreign_key_check" SELECT COUNT(*) FROM pragma_foreign_key_check
DROP TABLE "biab_foreign_key_check"
CREATE TABLE "countries__biab_new" ("id" INT NOT NULL PRIMARY KEY, "name" TEXT NOT NULL)
INSERT INTO "countries__biab_new" ("id", "name") SELECT "id", "name" FROM "countries"
DROP TABLE "countries"
ALTER TABLE "countries__biab_new" RENAME TO "countries"
CREATE TEMP TABLE "biab_foreign_key_check" ("violations" INTEGER CONSTRAINT "a row refers to a missing parent row after the table rebuild (see PRAGMA foreign_key_check)" CHECK ("violations" = 0))
INSERT INTO "biab_foreign_key_check" SELECT COUNT(*) FROM pragma_foreign_key_check
DROP TABLE "biab_foreign_key_check"
CREATE TABLE "countries__biab_new" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "name" TEXT NOT NULL)
INSERT INTO "countries__biab_new" ("id", "name") SELECT "id", "name" FROM "countries"
DROP TABLE "countries"
ALTER TABLE "countries__biab_new" RENAME TO "countries"
CREATE TEMP TABLE "biab_foreign_key_check" ("violations" INTEGER CONSTRAINT "a row refers to a missing parent row after the table rebuild (see PRAGMA foreign_key_check)" CHECK ("violations" = 0))
INSERT INTO "biab_foreign_key_check" SELECT COUNT(*) FROM pragma_foreign_key_check
DROP TABLE "biab_foreign_key_check"
-- down
CREATE TABLE "countries__biab_new" ("id" INT NOT NULL PRIMARY KEY, "name" TEXT NOT NULL)
INSERT INTO "countries__biab_new" ("id", "name") SELECT "id", "name" FROM "countries"
DROP TABLE "countries"
ALTER TABLE "countries__biab_new" RENAME TO "countries"
CREATE TEMP TABLE "biab_foreign_key_check" ("violations" INTEGER CONSTRAINT "a row refers to a missing parent row after the table rebuild (see PRAGMA foreign_key_check)" CHECK ("violations" = 0))
INSERT INTO "biab_foreign_key_check" SELECT COUNT(*) FROM pragma_foreign_key_check
DROP TABLE "biab_foreign_key_check"
CREATE TABLE "countries__biab_new" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "name" TEXT NOT NULL)
INSERT INTO "countries__biab_new" ("id", "name") SELECT "id", "name" FROM "countries"
DROP TABLE "countries"
ALTER TABLE "countries__biab_new" RENAME TO "countries"
CREATE TEMP TABLE "biab_foreign_key_check" ("violations" INTEGER CONSTRAINT "a row refers to a missing parent row after the table rebuild (see PRAGMA foreign_key_check)" CHECK ("violations" = 0))
INSERT INTO "biab_foreign_key_check" SELECT COUNT(*) FROM pragma_foreign_key_check
DROP TABLE "biab_foreign_key_check"
CREATE TABLE "countries__biab_new" ("id" INT NOT NULL PRIMARY KEY, "name" TEXT NOT NULL)
INSERT INTO "countries__biab_new" ("id", "name") SELECT "id", "name" FROM "countries"
DROP TABLE "countries"
ALTER TABLE "countries__biab_new" RENAME TO "countries"
CREATE TEMP TABLE "biab_foreign_key_check" ("violations" INTEGER CONSTRAINT "a row refers to a missing parent row after the table rebuild (see PRAGMA foreign_key_check)" CHECK ("violations" = 0))
INSERT INTO "biab_foreign_key_check" SELECT COUNT(*) FROM pragma_foreign_key_check
DROP TABLE "biab_foreign_key_check"
CREATE TABLE "countries__biab_new" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "name" TEXT NOT NULL)
INSERT INTO "countries__biab_new" ("id", "name") SELECT "id", "name" FROM "countries"
DROP TABLE "countries"
ALTER TABLE "countries__biab_new" RENAME TO "countries"
CREATE TEMP TABLE "biab_foreign_key_check" ("violations" INTEGER CONSTRAINT "a row refers to a missing parent row after the table rebuild (see PRAGMA foreign_key_check)" CHECK ("violations" = 0))
INSERT INTO "biab_foreign_key_check" SELECT COUNT(*) FROM pragma_foreign_key_check
DROP TABLE "biab_foreign_key_check"
DROP TABLE "countries"
DROP TABLE "cities"
