-- up
CREATE TABLE "posts" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "title" TEXT, "updated_at" TEXT)
CREATE TRIGGER "tg_posts_updated_at_auto_update" AFTER UPDATE ON "posts" FOR EACH ROW WHEN NEW."updated_at" IS OLD."updated_at" BEGIN UPDATE "posts" SET "updated_at" = CURRENT_TIMESTAMP WHERE rowid = NEW.rowid; END
CREATE TABLE "posts__biab_new" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "title" TEXT, "updated_at" TEXT, "touched_at" TEXT NOT NULL DEFAULT ((strftime('%Y-%m-%d %H:%M:%S+00:00', 'now'))))
INSERT INTO "posts__biab_new" ("id", "title", "updated_at") SELECT "id", "title", "updated_at" FROM "posts"
DROP TABLE "posts"
ALTER TABLE "posts__biab_new" RENAME TO "posts"
CREATE TRIGGER "tg_posts_updated_at_auto_update" AFTER UPDATE ON "posts" FOR EACH ROW WHEN NEW."updated_at" IS OLD."updated_at" BEGIN UPDATE "posts" SET "updated_at" = CURRENT_TIMESTAMP WHERE rowid = NEW.rowid; END
CREATE TRIGGER "tg_posts_touched_at_auto_update" AFTER UPDATE ON "posts" FOR EACH ROW WHEN NEW."touched_at" IS OLD."touched_at" BEGIN UPDATE "posts" SET "touched_at" = (strftime('%Y-%m-%d %H:%M:%S+00:00', 'now')) WHERE rowid = NEW.rowid; END
CREATE TEMP TABLE "biab_foreign_key_check" ("violations" INTEGER CONSTRAINT "a row refers to a missing parent row after the table rebuild (see PRAGMA foreign_key_check)" CHECK ("violations" = 0))
INSERT INTO "biab_foreign_key_check" SELECT COUNT(*) FROM pragma_foreign_key_check
DROP TABLE "biab_foreign_key_check"
DROP TRIGGER "tg_posts_updated_at_auto_update"
ALTER TABLE "posts" RENAME COLUMN "updated_at" TO "changed_at"
CREATE TRIGGER "tg_posts_changed_at_auto_update" AFTER UPDATE ON "posts" FOR EACH ROW WHEN NEW."changed_at" IS OLD."changed_at" BEGIN UPDATE "posts" SET "changed_at" = CURRENT_TIMESTAMP WHERE rowid = NEW.rowid; END
CREATE TABLE "posts__biab_new" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "title" TEXT, "changed_at" TEXT, "touched_at" TEXT NOT NULL DEFAULT ((strftime('%Y-%m-%d %H:%M:%S+00:00', 'now'))))
INSERT INTO "posts__biab_new" ("id", "title", "changed_at", "touched_at") SELECT "id", "title", CAST("changed_at" AS TEXT), "touched_at" FROM "posts"
DROP TABLE "posts"
ALTER TABLE "posts__biab_new" RENAME TO "posts"
CREATE TRIGGER "tg_posts_changed_at_auto_update" AFTER UPDATE ON "posts" FOR EACH ROW WHEN NEW."changed_at" IS OLD."changed_at" BEGIN UPDATE "posts" SET "changed_at" = (strftime('%Y-%m-%d %H:%M:%S+00:00', 'now')) WHERE rowid = NEW.rowid; END
CREATE TEMP TABLE "biab_foreign_key_check" ("violations" INTEGER CONSTRAINT "a row refers to a missing parent row after the table rebuild (see PRAGMA foreign_key_check)" CHECK ("violations" = 0))
INSERT INTO "biab_foreign_key_check" SELECT COUNT(*) FROM pragma_foreign_key_check
DROP TABLE "biab_foreign_key_check"
CREATE TABLE "posts__biab_new" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "title" TEXT, "touched_at" TEXT NOT NULL DEFAULT ((strftime('%Y-%m-%d %H:%M:%S+00:00', 'now'))))
INSERT INTO "posts__biab_new" ("id", "title", "touched_at") SELECT "id", "title", "touched_at" FROM "posts"
DROP TABLE "posts"
ALTER TABLE "posts__biab_new" RENAME TO "posts"
CREATE TEMP TABLE "biab_foreign_key_check" ("violations" INTEGER CONSTRAINT "a row refers to a missing parent row after the table rebuild (see PRAGMA foreign_key_check)" CHECK ("violations" = 0))
INSERT INTO "biab_foreign_key_check" SELECT COUNT(*) FROM pragma_foreign_key_check
DROP TABLE "biab_foreign_key_check"
-- down
ALTER TABLE "posts" ADD COLUMN "changed_at" TEXT
CREATE TRIGGER "tg_posts_changed_at_auto_update" AFTER UPDATE ON "posts" FOR EACH ROW WHEN NEW."changed_at" IS OLD."changed_at" BEGIN UPDATE "posts" SET "changed_at" = (strftime('%Y-%m-%d %H:%M:%S+00:00', 'now')) WHERE rowid = NEW.rowid; END
CREATE TABLE "posts__biab_new" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "title" TEXT, "changed_at" TEXT, "touched_at" TEXT NOT NULL DEFAULT ((strftime('%Y-%m-%d %H:%M:%S+00:00', 'now'))))
INSERT INTO "posts__biab_new" ("id", "title", "changed_at", "touched_at") SELECT "id", "title", CAST("changed_at" AS TEXT), "touched_at" FROM "posts"
DROP TABLE "posts"
ALTER TABLE "posts__biab_new" RENAME TO "posts"
CREATE TRIGGER "tg_posts_changed_at_auto_update" AFTER UPDATE ON "posts" FOR EACH ROW WHEN NEW."changed_at" IS OLD."changed_at" BEGIN UPDATE "posts" SET "changed_at" = CURRENT_TIMESTAMP WHERE rowid = NEW.rowid; END
CREATE TRIGGER "tg_posts_touched_at_auto_update" AFTER UPDATE ON "posts" FOR EACH ROW WHEN NEW."touched_at" IS OLD."touched_at" BEGIN UPDATE "posts" SET "touched_at" = (strftime('%Y-%m-%d %H:%M:%S+00:00', 'now')) WHERE rowid = NEW.rowid; END
CREATE TEMP TABLE "biab_foreign_key_check" ("violations" INTEGER CONSTRAINT "a row refers to a missing parent row after the table rebuild (see PRAGMA foreign_key_check)" CHECK ("violations" = 0))
INSERT INTO "biab_foreign_key_check" SELECT COUNT(*) FROM pragma_foreign_key_check
DROP TABLE "biab_foreign_key_check"
DROP TRIGGER "tg_posts_changed_at_auto_update"
ALTER TABLE "posts" RENAME COLUMN "changed_at" TO "updated_at"
CREATE TRIGGER "tg_posts_updated_at_auto_update" AFTER UPDATE ON "posts" FOR EACH ROW WHEN NEW."updated_at" IS OLD."updated_at" BEGIN UPDATE "posts" SET "updated_at" = CURRENT_TIMESTAMP WHERE rowid = NEW.rowid; END
CREATE TABLE "posts__biab_new" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "title" TEXT, "updated_at" TEXT)
INSERT INTO "posts__biab_new" ("id", "title", "updated_at") SELECT "id", "title", "updated_at" FROM "posts"
DROP TABLE "posts"
ALTER TABLE "posts__biab_new" RENAME TO "posts"
CREATE TRIGGER "tg_posts_updated_at_auto_update" AFTER UPDATE ON "posts" FOR EACH ROW WHEN NEW."updated_at" IS OLD."updated_at" BEGIN UPDATE "posts" SET "updated_at" = CURRENT_TIMESTAMP WHERE rowid = NEW.rowid; END
CREATE TEMP TABLE "biab_foreign_key_check" ("violations" INTEGER CONSTRAINT "a row refers to a missing parent row after the table rebuild (see PRAGMA foreign_key_check)" CHECK ("violations" = 0))
INSERT INTO "biab_foreign_key_check" SELECT COUNT(*) FROM pragma_foreign_key_check
DROP TABLE "biab_foreign_key_check"
DROP TRIGGER "tg_posts_updated_at_auto_update"
DROP TABLE "posts"
