-- up
CREATE TABLE "countries" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "name" TEXT NOT NULL)
CREATE TABLE "playlist_tracks" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "playlist_id" INTEGER NOT NULL, "track_id" TEXT NOT NULL, "position" INTEGER NOT NULL)
CREATE TABLE "playlists" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "name" TEXT NOT NULL)
CREATE TABLE "songs" ("code" TEXT NOT NULL PRIMARY KEY, "title" TEXT NOT NULL)
CREATE TABLE "playlist_tracks__biab_new" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "playlist_id" INTEGER NOT NULL, "track_id" TEXT NOT NULL, "position" INTEGER NOT NULL, CONSTRAINT "fk_playlist_tracks_playlist_id" FOREIGN KEY ("playlist_id") REFERENCES "playlists" ("id") ON DELETE CASCADE, CONSTRAINT "fk_playlist_tracks_track_id" FOREIGN KEY ("track_id") REFERENCES "songs" ("code") ON DELETE RESTRICT)
INSERT INTO "playlist_tracks__biab_new" ("id", "playlist_id", "track_id", "position") SELECT "id", "playlist_id", "track_id", "position" FROM "playlist_tracks"
DROP TABLE "playlist_tracks"
ALTER TABLE "playlist_tracks__biab_new" RENAME TO "playlist_tracks"
CREATE TEMP TABLE "biab_foreign_key_check" ("violations" INTEGER CONSTRAINT "a row refers to a missing parent row after the table rebuild (see PRAGMA foreign_key_check)" CHECK ("violations" = 0))
INSERT INTO "biab_foreign_key_check" SELECT COUNT(*) FROM pragma_foreign_key_check
DROP TABLE "biab_foreign_key_check"
CREATE TABLE "playlist_tracks__biab_new" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "playlist_id" INTEGER NOT NULL, "track_id" TEXT NOT NULL, "position" INTEGER NOT NULL)
INSERT INTO "playlist_tracks__biab_new" ("id", "playlist_id", "track_id", "position") SELECT "id", "playlist_id", "track_id", "position" FROM "playlist_tracks"
DROP TABLE "playlist_tracks"
ALTER TABLE "playlist_tracks__biab_new" RENAME TO "playlist_tracks"
CREATE TABLE "countries__biab_new" ("id" INT NOT NULL PRIMARY KEY, "name" TEXT NOT NULL)
INSERT INTO "countries__biab_new" ("id", "name") SELECT "id", "name" FROM "countries"
DROP TABLE "countries"
ALTER TABLE "countries__biab_new" RENAME TO "countries"
CREATE TABLE "playlist_tracks__biab_new" ("playlist_id" INTEGER NOT NULL, "track_id" TEXT NOT NULL, "position" INTEGER NOT NULL, CONSTRAINT "playlist_tracks_pkey" PRIMARY KEY ("playlist_id", "track_id"))
INSERT INTO "playlist_tracks__biab_new" ("playlist_id", "track_id", "position") SELECT "playlist_id", "track_id", "position" FROM "playlist_tracks"
DROP TABLE "playlist_tracks"
ALTER TABLE "playlist_tracks__biab_new" RENAME TO "playlist_tracks"
CREATE TABLE "song_notes" ("song_id" TEXT NOT NULL PRIMARY KEY, "note" TEXT)
CREATE TABLE "votes" ("voter" TEXT NOT NULL, "song_id" TEXT NOT NULL, "stars" INTEGER NOT NULL DEFAULT 3, CONSTRAINT "votes_pkey" PRIMARY KEY ("song_id", "voter"))
CREATE TABLE "playlist_tracks__biab_new" ("playlist_id" INTEGER NOT NULL, "track_id" TEXT NOT NULL, "position" INTEGER NOT NULL, CONSTRAINT "playlist_tracks_pkey" PRIMARY KEY ("playlist_id", "track_id"), CONSTRAINT "fk_playlist_tracks_playlist_id" FOREIGN KEY ("playlist_id") REFERENCES "playlists" ("id") ON DELETE CASCADE ON UPDATE CASCADE, CONSTRAINT "fk_playlist_tracks_track_id" FOREIGN KEY ("track_id") REFERENCES "songs" ("code") ON DELETE RESTRICT ON UPDATE RESTRICT)
INSERT INTO "playlist_tracks__biab_new" ("playlist_id", "track_id", "position") SELECT "playlist_id", "track_id", "position" FROM "playlist_tracks"
DROP TABLE "playlist_tracks"
ALTER TABLE "playlist_tracks__biab_new" RENAME TO "playlist_tracks"
CREATE TABLE "song_notes__biab_new" ("song_id" TEXT NOT NULL PRIMARY KEY, "note" TEXT, CONSTRAINT "fk_song_notes_song_id" FOREIGN KEY ("song_id") REFERENCES "songs" ("code") ON DELETE CASCADE ON UPDATE CASCADE)
INSERT INTO "song_notes__biab_new" ("song_id", "note") SELECT "song_id", "note" FROM "song_notes"
DROP TABLE "song_notes"
ALTER TABLE "song_notes__biab_new" RENAME TO "song_notes"
CREATE TABLE "votes__biab_new" ("voter" TEXT NOT NULL, "song_id" TEXT NOT NULL, "stars" INTEGER NOT NULL DEFAULT 3, CONSTRAINT "votes_pkey" PRIMARY KEY ("song_id", "voter"), CONSTRAINT "fk_votes_song_id" FOREIGN KEY ("song_id") REFERENCES "songs" ("code") ON DELETE CASCADE)
INSERT INTO "votes__biab_new" ("voter", "song_id", "stars") SELECT "voter", "song_id", "stars" FROM "votes"
DROP TABLE "votes"
ALTER TABLE "votes__biab_new" RENAME TO "votes"
CREATE TEMP TABLE "biab_foreign_key_check" ("violations" INTEGER CONSTRAINT "a row refers to a missing parent row after the table rebuild (see PRAGMA foreign_key_check)" CHECK ("violations" = 0))
INSERT INTO "biab_foreign_key_check" SELECT COUNT(*) FROM pragma_foreign_key_check
DROP TABLE "biab_foreign_key_check"
-- down
CREATE TABLE "votes__biab_new" ("voter" TEXT NOT NULL, "song_id" TEXT NOT NULL, "stars" INTEGER NOT NULL DEFAULT 3, CONSTRAINT "votes_pkey" PRIMARY KEY ("song_id", "voter"))
INSERT INTO "votes__biab_new" ("voter", "song_id", "stars") SELECT "voter", "song_id", "stars" FROM "votes"
DROP TABLE "votes"
ALTER TABLE "votes__biab_new" RENAME TO "votes"
CREATE TABLE "song_notes__biab_new" ("song_id" TEXT NOT NULL PRIMARY KEY, "note" TEXT)
INSERT INTO "song_notes__biab_new" ("song_id", "note") SELECT "song_id", "note" FROM "song_notes"
DROP TABLE "song_notes"
ALTER TABLE "song_notes__biab_new" RENAME TO "song_notes"
CREATE TABLE "playlist_tracks__biab_new" ("playlist_id" INTEGER NOT NULL, "track_id" TEXT NOT NULL, "position" INTEGER NOT NULL, CONSTRAINT "playlist_tracks_pkey" PRIMARY KEY ("playlist_id", "track_id"))
INSERT INTO "playlist_tracks__biab_new" ("playlist_id", "track_id", "position") SELECT "playlist_id", "track_id", "position" FROM "playlist_tracks"
DROP TABLE "playlist_tracks"
ALTER TABLE "playlist_tracks__biab_new" RENAME TO "playlist_tracks"
DROP TABLE "votes"
DROP TABLE "song_notes"
CREATE TABLE "playlist_tracks__biab_new" ("playlist_id" INTEGER NOT NULL, "track_id" TEXT NOT NULL, "position" INTEGER NOT NULL, "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT)
INSERT INTO "playlist_tracks__biab_new" ("playlist_id", "track_id", "position") SELECT "playlist_id", "track_id", "position" FROM "playlist_tracks"
DROP TABLE "playlist_tracks"
ALTER TABLE "playlist_tracks__biab_new" RENAME TO "playlist_tracks"
CREATE TABLE "countries__biab_new" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "name" TEXT NOT NULL)
INSERT INTO "countries__biab_new" ("id", "name") SELECT "id", "name" FROM "countries"
DROP TABLE "countries"
ALTER TABLE "countries__biab_new" RENAME TO "countries"
CREATE TABLE "playlist_tracks__biab_new" ("playlist_id" INTEGER NOT NULL, "track_id" TEXT NOT NULL, "position" INTEGER NOT NULL, "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, CONSTRAINT "fk_playlist_tracks_playlist_id" FOREIGN KEY ("playlist_id") REFERENCES "playlists" ("id") ON DELETE CASCADE, CONSTRAINT "fk_playlist_tracks_track_id" FOREIGN KEY ("track_id") REFERENCES "songs" ("code") ON DELETE RESTRICT)
INSERT INTO "playlist_tracks__biab_new" ("playlist_id", "track_id", "position", "id") SELECT "playlist_id", "track_id", "position", "id" FROM "playlist_tracks"
DROP TABLE "playlist_tracks"
ALTER TABLE "playlist_tracks__biab_new" RENAME TO "playlist_tracks"
CREATE TEMP TABLE "biab_foreign_key_check" ("violations" INTEGER CONSTRAINT "a row refers to a missing parent row after the table rebuild (see PRAGMA foreign_key_check)" CHECK ("violations" = 0))
INSERT INTO "biab_foreign_key_check" SELECT COUNT(*) FROM pragma_foreign_key_check
DROP TABLE "biab_foreign_key_check"
CREATE TABLE "playlist_tracks__biab_new" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "playlist_id" INTEGER NOT NULL, "track_id" TEXT NOT NULL, "position" INTEGER NOT NULL)
INSERT INTO "playlist_tracks__biab_new" ("id", "playlist_id", "track_id", "position") SELECT "id", "playlist_id", "track_id", "position" FROM "playlist_tracks"
DROP TABLE "playlist_tracks"
ALTER TABLE "playlist_tracks__biab_new" RENAME TO "playlist_tracks"
DROP TABLE "songs"
DROP TABLE "playlists"
DROP TABLE "playlist_tracks"
DROP TABLE "countries"
CREATE TEMP TABLE "biab_foreign_key_check" ("violations" INTEGER CONSTRAINT "a row refers to a missing parent row after the table rebuild (see PRAGMA foreign_key_check)" CHECK ("violations" = 0))
INSERT INTO "biab_foreign_key_check" SELECT COUNT(*) FROM pragma_foreign_key_check
DROP TABLE "biab_foreign_key_check"
