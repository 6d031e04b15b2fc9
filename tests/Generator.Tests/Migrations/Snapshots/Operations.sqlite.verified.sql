-- up
CREATE TABLE "teams" ("id" TEXT NOT NULL PRIMARY KEY DEFAULT ((lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))))), "name" TEXT NOT NULL)
CREATE TABLE "people" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "name" TEXT, "age" TEXT, "score" NUMERIC NOT NULL DEFAULT 0, "active" INTEGER NOT NULL DEFAULT 1, "kind" TEXT DEFAULT 'guest' CONSTRAINT "ck_people_kind" CHECK ("kind" IN ('staff', 'guest')), "born_on" TEXT, "seen_at" TEXT DEFAULT (CURRENT_TIMESTAMP), "team_id" TEXT)
CREATE INDEX "ix_people_name" ON "people" ("name")
CREATE TABLE "scratch" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT)
ALTER TABLE "people" ADD COLUMN "email" TEXT
CREATE TABLE "people__biab_new" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "name" TEXT, "age" TEXT, "score" NUMERIC NOT NULL DEFAULT 0, "active" INTEGER NOT NULL DEFAULT 1, "kind" TEXT DEFAULT 'guest' CONSTRAINT "ck_people_kind" CHECK ("kind" IN ('staff', 'guest')), "born_on" TEXT, "seen_at" TEXT DEFAULT (CURRENT_TIMESTAMP), "team_id" TEXT, "email" TEXT, "joined_at" TEXT NOT NULL DEFAULT (CURRENT_TIMESTAMP))
INSERT INTO "people__biab_new" ("id", "name", "age", "score", "active", "kind", "born_on", "seen_at", "team_id", "email") SELECT "id", "name", "age", "score", "active", "kind", "born_on", "seen_at", "team_id", "email" FROM "people"
DROP TABLE "people"
ALTER TABLE "people__biab_new" RENAME TO "people"
CREATE INDEX "ix_people_name" ON "people" ("name")
ALTER TABLE "people" RENAME COLUMN "name" TO "full_name"
CREATE TEMP TABLE "biab_conversion_check" ("invalid_rows" INTEGER CONSTRAINT "people.age: a value does not convert to integer" CHECK ("invalid_rows" = 0))
INSERT INTO "biab_conversion_check" SELECT COUNT(*) FROM "people" WHERE "age" IS NOT NULL AND CAST(CAST(trim("age") AS INTEGER) AS TEXT) <> trim("age")
DROP TABLE "biab_conversion_check"
CREATE TABLE "people__biab_new" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "full_name" TEXT, "age" INTEGER, "score" NUMERIC NOT NULL DEFAULT 0, "active" INTEGER NOT NULL DEFAULT 1, "kind" TEXT DEFAULT 'guest' CONSTRAINT "ck_people_kind" CHECK ("kind" IN ('staff', 'guest', 'robot')), "born_on" TEXT, "seen_at" TEXT DEFAULT (CURRENT_TIMESTAMP), "team_id" TEXT, "email" TEXT NOT NULL DEFAULT 'none', "joined_at" TEXT NOT NULL DEFAULT (CURRENT_TIMESTAMP))
INSERT INTO "people__biab_new" ("id", "full_name", "age", "score", "active", "kind", "born_on", "seen_at", "team_id", "email", "joined_at") SELECT "id", "full_name", CAST(trim("age") AS INTEGER), "score", "active", "kind", "born_on", "seen_at", "team_id", COALESCE("email", 'unknown@example.com'), "joined_at" FROM "people"
DROP TABLE "people"
ALTER TABLE "people__biab_new" RENAME TO "people"
CREATE INDEX "ix_people_name" ON "people" ("full_name")
DROP INDEX "ix_people_name"
CREATE UNIQUE INDEX "ux_people_email" ON "people" ("email")
CREATE TABLE "people__biab_new" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "full_name" TEXT, "age" INTEGER, "score" NUMERIC NOT NULL DEFAULT 0, "active" INTEGER NOT NULL DEFAULT 1, "kind" TEXT DEFAULT 'guest' CONSTRAINT "ck_people_kind" CHECK ("kind" IN ('staff', 'guest', 'robot')), "seen_at" TEXT DEFAULT (CURRENT_TIMESTAMP), "team_id" TEXT, "email" TEXT NOT NULL DEFAULT 'none', "joined_at" TEXT NOT NULL DEFAULT (CURRENT_TIMESTAMP), CONSTRAINT "fk_people_team_id" FOREIGN KEY ("team_id") REFERENCES "teams" ("id") ON DELETE SET NULL)
INSERT INTO "people__biab_new" ("id", "full_name", "age", "score", "active", "kind", "seen_at", "team_id", "email", "joined_at") SELECT "id", "full_name", "age", "score", "active", "kind", "seen_at", "team_id", "email", "joined_at" FROM "people"
DROP TABLE "people"
ALTER TABLE "people__biab_new" RENAME TO "people"
CREATE UNIQUE INDEX "ux_people_email" ON "people" ("email")
ALTER TABLE "scratch" RENAME TO "notes"
UPDATE people SET score = score + 1
SELECT 1
CREATE TEMP TABLE "biab_foreign_key_check" ("violations" INTEGER CONSTRAINT "a row refers to a missing parent row after the table rebuild (see PRAGMA foreign_key_check)" CHECK ("violations" = 0))
INSERT INTO "biab_foreign_key_check" SELECT COUNT(*) FROM pragma_foreign_key_check
DROP TABLE "biab_foreign_key_check"
CREATE INDEX "ix_people_age" ON "people" ("age")
-- down
DROP INDEX "ix_people_age"
CREATE TABLE "people__biab_new" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "full_name" TEXT, "age" INTEGER, "score" NUMERIC NOT NULL DEFAULT 0, "active" INTEGER NOT NULL DEFAULT 1, "kind" TEXT DEFAULT 'guest' CONSTRAINT "ck_people_kind" CHECK ("kind" IN ('staff', 'guest', 'robot')), "seen_at" TEXT DEFAULT (CURRENT_TIMESTAMP), "team_id" TEXT, "email" TEXT NOT NULL DEFAULT 'none', "joined_at" TEXT NOT NULL DEFAULT (CURRENT_TIMESTAMP))
INSERT INTO "people__biab_new" ("id", "full_name", "age", "score", "active", "kind", "seen_at", "team_id", "email", "joined_at") SELECT "id", "full_name", "age", "score", "active", "kind", "seen_at", "team_id", "email", "joined_at" FROM "people"
DROP TABLE "people"
ALTER TABLE "people__biab_new" RENAME TO "people"
CREATE UNIQUE INDEX "ux_people_email" ON "people" ("email")
DROP INDEX "ux_people_email"
CREATE INDEX "ix_people_name" ON "people" ("full_name")
ALTER TABLE "notes" RENAME TO "scratch"
ALTER TABLE "people" ADD COLUMN "born_on" TEXT
CREATE TABLE "people__biab_new" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "full_name" TEXT, "age" TEXT, "score" NUMERIC NOT NULL DEFAULT 0, "active" INTEGER NOT NULL DEFAULT 1, "kind" TEXT DEFAULT 'guest' CONSTRAINT "ck_people_kind" CHECK ("kind" IN ('staff', 'guest')), "seen_at" TEXT DEFAULT (CURRENT_TIMESTAMP), "team_id" TEXT, "email" TEXT, "joined_at" TEXT NOT NULL DEFAULT (CURRENT_TIMESTAMP), "born_on" TEXT)
INSERT INTO "people__biab_new" ("id", "full_name", "age", "score", "active", "kind", "seen_at", "team_id", "email", "joined_at", "born_on") SELECT "id", "full_name", CAST("age" AS TEXT), "score", "active", "kind", "seen_at", "team_id", "email", "joined_at", "born_on" FROM "people"
DROP TABLE "people"
ALTER TABLE "people__biab_new" RENAME TO "people"
CREATE INDEX "ix_people_name" ON "people" ("full_name")
ALTER TABLE "people" RENAME COLUMN "full_name" TO "name"
CREATE TABLE "people__biab_new" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "name" TEXT, "age" TEXT, "score" NUMERIC NOT NULL DEFAULT 0, "active" INTEGER NOT NULL DEFAULT 1, "kind" TEXT DEFAULT 'guest' CONSTRAINT "ck_people_kind" CHECK ("kind" IN ('staff', 'guest')), "seen_at" TEXT DEFAULT (CURRENT_TIMESTAMP), "team_id" TEXT, "born_on" TEXT)
INSERT INTO "people__biab_new" ("id", "name", "age", "score", "active", "kind", "seen_at", "team_id", "born_on") SELECT "id", "name", "age", "score", "active", "kind", "seen_at", "team_id", "born_on" FROM "people"
DROP TABLE "people"
ALTER TABLE "people__biab_new" RENAME TO "people"
CREATE INDEX "ix_people_name" ON "people" ("name")
UPDATE people SET score = score - 1
CREATE TEMP TABLE "biab_foreign_key_check" ("violations" INTEGER CONSTRAINT "a row refers to a missing parent row after the table rebuild (see PRAGMA foreign_key_check)" CHECK ("violations" = 0))
INSERT INTO "biab_foreign_key_check" SELECT COUNT(*) FROM pragma_foreign_key_check
DROP TABLE "biab_foreign_key_check"
DROP TABLE "scratch"
DROP TABLE "people"
DROP TABLE "teams"
