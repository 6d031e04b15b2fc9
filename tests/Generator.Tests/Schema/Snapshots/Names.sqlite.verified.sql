-- up
CREATE TABLE "Play Lists" ("PlaylistId" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "it's [the] name */ --" TEXT NOT NULL, "order" INTEGER, "Kind <&> Of" TEXT DEFAULT 'mixed' CONSTRAINT "ck_Play Lists_Kind <&> Of" CHECK ("Kind <&> Of" IN ('mixed', 'single')), "éééééééééééééééééééééééééééééééx" TEXT)
CREATE TABLE "PlaylistTrack" ("TrackId" TEXT NOT NULL PRIMARY KEY DEFAULT ((hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89AB', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))), "PlaylistId" INTEGER NOT NULL, "track" TEXT, "Plays;DROP TABLE x" INTEGER)
CREATE UNIQUE INDEX "IX Play Lists: name" ON "Play Lists" ("it's [the] name */ --")
CREATE INDEX "ix_Play Lists_order_ééééééééééééééééé_4de444f9" ON "Play Lists" ("order", "éééééééééééééééééééééééééééééééx")
CREATE UNIQUE INDEX "ux_PlaylistTrack_Plays;DROP TABLE x" ON "PlaylistTrack" ("Plays;DROP TABLE x")
CREATE TABLE "PlaylistTrack__biab_new" ("TrackId" TEXT NOT NULL PRIMARY KEY DEFAULT ((hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89AB', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))), "PlaylistId" INTEGER NOT NULL, "track" TEXT, "Plays;DROP TABLE x" INTEGER, CONSTRAINT "FK PlaylistTrack → Playlist" FOREIGN KEY ("PlaylistId") REFERENCES "Play Lists" ("PlaylistId") ON DELETE CASCADE)
INSERT INTO "PlaylistTrack__biab_new" ("TrackId", "PlaylistId", "track", "Plays;DROP TABLE x") SELECT "TrackId", "PlaylistId", "track", "Plays;DROP TABLE x" FROM "PlaylistTrack"
DROP TABLE "PlaylistTrack"
ALTER TABLE "PlaylistTrack__biab_new" RENAME TO "PlaylistTrack"
CREATE UNIQUE INDEX "ux_PlaylistTrack_Plays;DROP TABLE x" ON "PlaylistTrack" ("Plays;DROP TABLE x")
CREATE TEMP TABLE "biab_foreign_key_check" ("violations" INTEGER CONSTRAINT "a row refers to a missing parent row after the table rebuild (see PRAGMA foreign_key_check)" CHECK ("violations" = 0))
INSERT INTO "biab_foreign_key_check" SELECT COUNT(*) FROM pragma_foreign_key_check
DROP TABLE "biab_foreign_key_check"
-- down
CREATE TABLE "PlaylistTrack__biab_new" ("TrackId" TEXT NOT NULL PRIMARY KEY DEFAULT ((hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89AB', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))), "PlaylistId" INTEGER NOT NULL, "track" TEXT, "Plays;DROP TABLE x" INTEGER)
INSERT INTO "PlaylistTrack__biab_new" ("TrackId", "PlaylistId", "track", "Plays;DROP TABLE x") SELECT "TrackId", "PlaylistId", "track", "Plays;DROP TABLE x" FROM "PlaylistTrack"
DROP TABLE "PlaylistTrack"
ALTER TABLE "PlaylistTrack__biab_new" RENAME TO "PlaylistTrack"
CREATE UNIQUE INDEX "ux_PlaylistTrack_Plays;DROP TABLE x" ON "PlaylistTrack" ("Plays;DROP TABLE x")
DROP TABLE "PlaylistTrack"
DROP TABLE "Play Lists"
CREATE TEMP TABLE "biab_foreign_key_check" ("violations" INTEGER CONSTRAINT "a row refers to a missing parent row after the table rebuild (see PRAGMA foreign_key_check)" CHECK ("violations" = 0))
INSERT INTO "biab_foreign_key_check" SELECT COUNT(*) FROM pragma_foreign_key_check
DROP TABLE "biab_foreign_key_check"
