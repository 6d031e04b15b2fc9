-- up
CREATE TABLE "members" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "roles" TEXT NOT NULL DEFAULT '["user"]', "badges" TEXT DEFAULT '["GOLD","SILVER"]', "tags" TEXT DEFAULT '[]', "level" TEXT CONSTRAINT "ck_members_level" CHECK ("level" IN ('low', 'high')), "kinds" TEXT)
-- down
DROP TABLE "members"
