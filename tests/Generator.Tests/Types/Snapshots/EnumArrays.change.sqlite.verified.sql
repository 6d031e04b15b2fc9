-- up
CREATE TABLE "members" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "roles" TEXT NOT NULL DEFAULT '["user"]', "badges" TEXT DEFAULT '["GOLD","SILVER"]', "tags" TEXT DEFAULT '[]', "level" TEXT CONSTRAINT "ck_members_level" CHECK ("level" IN ('low', 'high')), "kinds" TEXT)
CREATE TEMP TABLE "biab_conversion_check" ("invalid_rows" INTEGER CONSTRAINT "members.tags: a value does not convert to enum[]" CHECK ("invalid_rows" = 0))
INSERT INTO "biab_conversion_check" SELECT COUNT(*) FROM "members" WHERE "tags" IS NOT NULL AND EXISTS (SELECT 1 FROM json_each("tags") WHERE "value" NOT IN ('red'))
DROP TABLE "biab_conversion_check"
CREATE TABLE "members__biab_new" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "roles" TEXT NOT NULL DEFAULT '["user"]', "badges" TEXT DEFAULT '["GOLD","SILVER"]', "tags" TEXT DEFAULT '[]', "level" TEXT, "kinds" TEXT CONSTRAINT "ck_members_kinds" CHECK ("kinds" IN ('A', 'B')))
INSERT INTO "members__biab_new" ("id", "roles", "badges", "tags", "level", "kinds") SELECT "id", "roles", "badges", "tags", CASE WHEN "level" IS NULL THEN NULL ELSE json_array(CAST("level" AS TEXT)) END, CAST(json_extract("kinds", '$[0]') AS TEXT) FROM "members"
DROP TABLE "members"
ALTER TABLE "members__biab_new" RENAME TO "members"
CREATE TEMP TABLE "biab_foreign_key_check" ("violations" INTEGER CONSTRAINT "a row refers to a missing parent row after the table rebuild (see PRAGMA foreign_key_check)" CHECK ("violations" = 0))
INSERT INTO "biab_foreign_key_check" SELECT COUNT(*) FROM pragma_foreign_key_check
DROP TABLE "biab_foreign_key_check"
-- down
CREATE TEMP TABLE "biab_conversion_check" ("invalid_rows" INTEGER CONSTRAINT "members.roles: a value does not convert to enum[]" CHECK ("invalid_rows" = 0))
INSERT INTO "biab_conversion_check" SELECT COUNT(*) FROM "members" WHERE "roles" IS NOT NULL AND EXISTS (SELECT 1 FROM json_each("roles") WHERE "value" NOT IN ('admin', 'user'))
DROP TABLE "biab_conversion_check"
CREATE TEMP TABLE "biab_conversion_check" ("invalid_rows" INTEGER CONSTRAINT "members.badges: a value does not convert to enum[]" CHECK ("invalid_rows" = 0))
INSERT INTO "biab_conversion_check" SELECT COUNT(*) FROM "members" WHERE "badges" IS NOT NULL AND EXISTS (SELECT 1 FROM json_each("badges") WHERE "value" NOT IN ('GOLD', 'SILVER'))
DROP TABLE "biab_conversion_check"
CREATE TABLE "members__biab_new" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "roles" TEXT NOT NULL DEFAULT '["user"]', "badges" TEXT DEFAULT '["GOLD","SILVER"]', "tags" TEXT DEFAULT '[]', "level" TEXT CONSTRAINT "ck_members_level" CHECK ("level" IN ('low', 'high')), "kinds" TEXT)
INSERT INTO "members__biab_new" ("id", "roles", "badges", "tags", "level", "kinds") SELECT "id", "roles", "badges", "tags", CAST(json_extract("level", '$[0]') AS TEXT), CASE WHEN "kinds" IS NULL THEN NULL ELSE json_array(CAST("kinds" AS TEXT)) END FROM "members"
DROP TABLE "members"
ALTER TABLE "members__biab_new" RENAME TO "members"
CREATE TEMP TABLE "biab_foreign_key_check" ("violations" INTEGER CONSTRAINT "a row refers to a missing parent row after the table rebuild (see PRAGMA foreign_key_check)" CHECK ("violations" = 0))
INSERT INTO "biab_foreign_key_check" SELECT COUNT(*) FROM pragma_foreign_key_check
DROP TABLE "biab_foreign_key_check"
DROP TABLE "members"
