-- up
CREATE TABLE "teams" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "name" TEXT NOT NULL, CONSTRAINT "ck_teams_name" CHECK (length(name) > 0))
CREATE TABLE "tracks" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "title" TEXT NOT NULL, "quantity" INTEGER NOT NULL DEFAULT 0, "deleted_at" TEXT, "team_id" INTEGER, CONSTRAINT "ck_tracks_quantity" CHECK (quantity >= 0), CONSTRAINT "ck_tracks_title" CHECK (title <> '' AND typeof(title) = 'text'))
CREATE INDEX "ix_tracks_quantity_title" ON "tracks" ("quantity" DESC, "title")
CREATE INDEX "ix_tracks_title_lower" ON "tracks" (lower(title))
CREATE INDEX "ix_tracks_title_trgm" ON "tracks" ("title")
CREATE UNIQUE INDEX "ux_tracks_live_title" ON "tracks" ("title") WHERE (deleted_at IS NULL)
CREATE TABLE "tracks__biab_new" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "title" TEXT NOT NULL, "quantity" INTEGER NOT NULL DEFAULT 0, "deleted_at" TEXT, "team_id" INTEGER, CONSTRAINT "fk_tracks_team_id" FOREIGN KEY ("team_id") REFERENCES "teams" ("id") ON DELETE CASCADE, CONSTRAINT "ck_tracks_quantity" CHECK (quantity >= 0), CONSTRAINT "ck_tracks_title" CHECK (title <> '' AND typeof(title) = 'text'))
INSERT INTO "tracks__biab_new" ("id", "title", "quantity", "deleted_at", "team_id") SELECT "id", "title", "quantity", "deleted_at", "team_id" FROM "tracks"
DROP TABLE "tracks"
ALTER TABLE "tracks__biab_new" RENAME TO "tracks"
CREATE INDEX "ix_tracks_quantity_title" ON "tracks" ("quantity" DESC, "title")
CREATE INDEX "ix_tracks_title_lower" ON "tracks" (lower(title))
CREATE INDEX "ix_tracks_title_trgm" ON "tracks" ("title")
CREATE UNIQUE INDEX "ux_tracks_live_title" ON "tracks" ("title") WHERE (deleted_at IS NULL)
CREATE TEMP TABLE "biab_foreign_key_check" ("violations" INTEGER CONSTRAINT "a row refers to a missing parent row after the table rebuild (see PRAGMA foreign_key_check)" CHECK ("violations" = 0))
INSERT INTO "biab_foreign_key_check" SELECT COUNT(*) FROM pragma_foreign_key_check
DROP TABLE "biab_foreign_key_check"
-- down
CREATE TABLE "tracks__biab_new" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "title" TEXT NOT NULL, "quantity" INTEGER NOT NULL DEFAULT 0, "deleted_at" TEXT, "team_id" INTEGER, CONSTRAINT "ck_tracks_quantity" CHECK (quantity >= 0), CONSTRAINT "ck_tracks_title" CHECK (title <> '' AND typeof(title) = 'text'))
INSERT INTO "tracks__biab_new" ("id", "title", "quantity", "deleted_at", "team_id") SELECT "id", "title", "quantity", "deleted_at", "team_id" FROM "tracks"
DROP TABLE "tracks"
ALTER TABLE "tracks__biab_new" RENAME TO "tracks"
CREATE INDEX "ix_tracks_quantity_title" ON "tracks" ("quantity" DESC, "title")
CREATE INDEX "ix_tracks_title_lower" ON "tracks" (lower(title))
CREATE INDEX "ix_tracks_title_trgm" ON "tracks" ("title")
CREATE UNIQUE INDEX "ux_tracks_live_title" ON "tracks" ("title") WHERE (deleted_at IS NULL)
DROP TABLE "tracks"
DROP TABLE "teams"
CREATE TEMP TABLE "biab_foreign_key_check" ("violations" INTEGER CONSTRAINT "a row refers to a missing parent row after the table rebuild (see PRAGMA foreign_key_check)" CHECK ("violations" = 0))
INSERT INTO "biab_foreign_key_check" SELECT COUNT(*) FROM pragma_foreign_key_check
DROP TABLE "biab_foreign_key_check"
