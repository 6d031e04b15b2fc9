-- up
CREATE TABLE "teams" ("id" TEXT NOT NULL PRIMARY KEY DEFAULT ((lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))))), "name" TEXT NOT NULL, "created_at" TEXT NOT NULL DEFAULT (CURRENT_TIMESTAMP))
CREATE TABLE "users" ("id" TEXT NOT NULL PRIMARY KEY DEFAULT ((lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))))), "email" TEXT NOT NULL, "first_name" TEXT, "last_name" TEXT, "age" TEXT, "balance" NUMERIC NOT NULL DEFAULT 0, "is_active" INTEGER NOT NULL DEFAULT 1, "role" TEXT NOT NULL DEFAULT 'member' CONSTRAINT "ck_users_role" CHECK ("role" IN ('admin', 'member', 'guest')), "preferences" TEXT, "team_id" TEXT, "created_at" TEXT NOT NULL DEFAULT (CURRENT_TIMESTAMP))
CREATE UNIQUE INDEX "ux_teams_name" ON "teams" ("name")
CREATE INDEX "ix_users_team_id_role" ON "users" ("team_id", "role")
CREATE UNIQUE INDEX "ux_users_email" ON "users" ("email")
PRAGMA defer_foreign_keys = ON
PRAGMA legacy_alter_table = ON
ALTER TABLE "users" RENAME TO "users__biab_old"
PRAGMA legacy_alter_table = OFF
CREATE TABLE "users" ("id" TEXT NOT NULL PRIMARY KEY DEFAULT ((lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))))), "email" TEXT NOT NULL, "first_name" TEXT, "last_name" TEXT, "age" TEXT, "balance" NUMERIC NOT NULL DEFAULT 0, "is_active" INTEGER NOT NULL DEFAULT 1, "role" TEXT NOT NULL DEFAULT 'member' CONSTRAINT "ck_users_role" CHECK ("role" IN ('admin', 'member', 'guest')), "preferences" TEXT, "team_id" TEXT, "created_at" TEXT NOT NULL DEFAULT (CURRENT_TIMESTAMP), CONSTRAINT "fk_users_team_id" FOREIGN KEY ("team_id") REFERENCES "teams" ("id") ON DELETE SET NULL)
INSERT INTO "users" ("id", "email", "first_name", "last_name", "age", "balance", "is_active", "role", "preferences", "team_id", "created_at") SELECT "id", "email", "first_name", "last_name", "age", "balance", "is_active", "role", "preferences", "team_id", "created_at" FROM "users__biab_old"
DROP TABLE "users__biab_old"
CREATE INDEX "ix_users_team_id_role" ON "users" ("team_id", "role")
CREATE UNIQUE INDEX "ux_users_email" ON "users" ("email")
ALTER TABLE "users" ADD COLUMN "phone_number" TEXT
CREATE TABLE "products" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "sku" TEXT NOT NULL, "title" TEXT NOT NULL, "description" TEXT, "price" NUMERIC NOT NULL DEFAULT 0, "status" TEXT NOT NULL DEFAULT 'draft' CONSTRAINT "ck_products_status" CHECK ("status" IN ('draft', 'active', 'retired')), "attributes" TEXT, "thumbnail" BLOB, "released_on" TEXT, "team_id" TEXT NOT NULL, "updated_at" TEXT)
CREATE INDEX "ix_products_team_id_status" ON "products" ("team_id", "status")
CREATE INDEX "ix_products_title" ON "products" ("title")
CREATE UNIQUE INDEX "ux_products_sku" ON "products" ("sku")
PRAGMA defer_foreign_keys = ON
PRAGMA legacy_alter_table = ON
ALTER TABLE "products" RENAME TO "products__biab_old"
PRAGMA legacy_alter_table = OFF
CREATE TABLE "products" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "sku" TEXT NOT NULL, "title" TEXT NOT NULL, "description" TEXT, "price" NUMERIC NOT NULL DEFAULT 0, "status" TEXT NOT NULL DEFAULT 'draft' CONSTRAINT "ck_products_status" CHECK ("status" IN ('draft', 'active', 'retired')), "attributes" TEXT, "thumbnail" BLOB, "released_on" TEXT, "team_id" TEXT NOT NULL, "updated_at" TEXT, CONSTRAINT "fk_products_team_id" FOREIGN KEY ("team_id") REFERENCES "teams" ("id") ON DELETE CASCADE)
INSERT INTO "products" ("id", "sku", "title", "description", "price", "status", "attributes", "thumbnail", "released_on", "team_id", "updated_at") SELECT "id", "sku", "title", "description", "price", "status", "attributes", "thumbnail", "released_on", "team_id", "updated_at" FROM "products__biab_old"
DROP TABLE "products__biab_old"
CREATE INDEX "ix_products_team_id_status" ON "products" ("team_id", "status")
CREATE INDEX "ix_products_title" ON "products" ("title")
CREATE UNIQUE INDEX "ux_products_sku" ON "products" ("sku")
CREATE TEMP TABLE "biab_conversion_check" ("invalid_rows" INTEGER CONSTRAINT "users.age: a value does not convert to integer" CHECK ("invalid_rows" = 0))
INSERT INTO "biab_conversion_check" SELECT COUNT(*) FROM "users" WHERE "age" IS NOT NULL AND CAST(CAST(trim("age") AS INTEGER) AS TEXT) <> trim("age")
DROP TABLE "biab_conversion_check"
PRAGMA defer_foreign_keys = ON
PRAGMA legacy_alter_table = ON
ALTER TABLE "users" RENAME TO "users__biab_old"
PRAGMA legacy_alter_table = OFF
CREATE TABLE "users" ("id" TEXT NOT NULL PRIMARY KEY DEFAULT ((lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))))), "email" TEXT NOT NULL, "first_name" TEXT, "last_name" TEXT, "age" INTEGER, "balance" NUMERIC NOT NULL DEFAULT 0, "is_active" INTEGER NOT NULL DEFAULT 1, "role" TEXT NOT NULL DEFAULT 'member' CONSTRAINT "ck_users_role" CHECK ("role" IN ('admin', 'member', 'guest')), "preferences" TEXT, "team_id" TEXT, "created_at" TEXT NOT NULL DEFAULT (CURRENT_TIMESTAMP), "phone_number" TEXT, CONSTRAINT "fk_users_team_id" FOREIGN KEY ("team_id") REFERENCES "teams" ("id") ON DELETE SET NULL)
INSERT INTO "users" ("id", "email", "first_name", "last_name", "age", "balance", "is_active", "role", "preferences", "team_id", "created_at", "phone_number") SELECT "id", "email", "first_name", "last_name", CAST(trim("age") AS INTEGER), "balance", "is_active", "role", "preferences", "team_id", "created_at", "phone_number" FROM "users__biab_old"
DROP TABLE "users__biab_old"
CREATE INDEX "ix_users_team_id_role" ON "users" ("team_id", "role")
CREATE UNIQUE INDEX "ux_users_email" ON "users" ("email")
ALTER TABLE "users" ADD COLUMN "full_name" TEXT
CREATE INDEX "ix_users_full_name" ON "users" ("full_name")
UPDATE users SET full_name = trim(coalesce(first_name, '') || ' ' || coalesce(last_name, '')) WHERE full_name IS NULL
PRAGMA defer_foreign_keys = ON
PRAGMA legacy_alter_table = ON
ALTER TABLE "users" RENAME TO "users__biab_old"
PRAGMA legacy_alter_table = OFF
CREATE TABLE "users" ("id" TEXT NOT NULL PRIMARY KEY DEFAULT ((lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))))), "email" TEXT NOT NULL, "age" INTEGER, "balance" NUMERIC NOT NULL DEFAULT 0, "is_active" INTEGER NOT NULL DEFAULT 1, "role" TEXT NOT NULL DEFAULT 'member' CONSTRAINT "ck_users_role" CHECK ("role" IN ('admin', 'member', 'guest')), "preferences" TEXT, "team_id" TEXT, "created_at" TEXT NOT NULL DEFAULT (CURRENT_TIMESTAMP), "phone_number" TEXT, "full_name" TEXT, CONSTRAINT "fk_users_team_id" FOREIGN KEY ("team_id") REFERENCES "teams" ("id") ON DELETE SET NULL)
INSERT INTO "users" ("id", "email", "age", "balance", "is_active", "role", "preferences", "team_id", "created_at", "phone_number", "full_name") SELECT "id", "email", "age", "balance", "is_active", "role", "preferences", "team_id", "created_at", "phone_number", "full_name" FROM "users__biab_old"
DROP TABLE "users__biab_old"
CREATE INDEX "ix_users_full_name" ON "users" ("full_name")
CREATE INDEX "ix_users_team_id_role" ON "users" ("team_id", "role")
CREATE UNIQUE INDEX "ux_users_email" ON "users" ("email")
-- down
ALTER TABLE "users" ADD COLUMN "first_name" TEXT
ALTER TABLE "users" ADD COLUMN "last_name" TEXT
UPDATE users SET first_name = CASE WHEN instr(full_name, ' ') > 0 THEN substr(full_name, 1, instr(full_name, ' ') - 1) ELSE full_name END, last_name = CASE WHEN instr(full_name, ' ') > 0 THEN substr(full_name, instr(full_name, ' ') + 1) END
DROP INDEX "ix_users_full_name"
PRAGMA defer_foreign_keys = ON
PRAGMA legacy_alter_table = ON
ALTER TABLE "users" RENAME TO "users__biab_old"
PRAGMA legacy_alter_table = OFF
CREATE TABLE "users" ("id" TEXT NOT NULL PRIMARY KEY DEFAULT ((lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))))), "email" TEXT NOT NULL, "first_name" TEXT, "last_name" TEXT, "age" INTEGER, "balance" NUMERIC NOT NULL DEFAULT 0, "is_active" INTEGER NOT NULL DEFAULT 1, "role" TEXT NOT NULL DEFAULT 'member' CONSTRAINT "ck_users_role" CHECK ("role" IN ('admin', 'member', 'guest')), "preferences" TEXT, "team_id" TEXT, "created_at" TEXT NOT NULL DEFAULT (CURRENT_TIMESTAMP), "phone_number" TEXT, CONSTRAINT "fk_users_team_id" FOREIGN KEY ("team_id") REFERENCES "teams" ("id") ON DELETE SET NULL)
INSERT INTO "users" ("id", "email", "first_name", "last_name", "age", "balance", "is_active", "role", "preferences", "team_id", "created_at", "phone_number") SELECT "id", "email", "first_name", "last_name", "age", "balance", "is_active", "role", "preferences", "team_id", "created_at", "phone_number" FROM "users__biab_old"
DROP TABLE "users__biab_old"
CREATE INDEX "ix_users_team_id_role" ON "users" ("team_id", "role")
CREATE UNIQUE INDEX "ux_users_email" ON "users" ("email")
PRAGMA defer_foreign_keys = ON
PRAGMA legacy_alter_table = ON
ALTER TABLE "users" RENAME TO "users__biab_old"
PRAGMA legacy_alter_table = OFF
CREATE TABLE "users" ("id" TEXT NOT NULL PRIMARY KEY DEFAULT ((lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))))), "email" TEXT NOT NULL, "first_name" TEXT, "last_name" TEXT, "age" TEXT, "balance" NUMERIC NOT NULL DEFAULT 0, "is_active" INTEGER NOT NULL DEFAULT 1, "role" TEXT NOT NULL DEFAULT 'member' CONSTRAINT "ck_users_role" CHECK ("role" IN ('admin', 'member', 'guest')), "preferences" TEXT, "team_id" TEXT, "created_at" TEXT NOT NULL DEFAULT (CURRENT_TIMESTAMP), "phone_number" TEXT, CONSTRAINT "fk_users_team_id" FOREIGN KEY ("team_id") REFERENCES "teams" ("id") ON DELETE SET NULL)
INSERT INTO "users" ("id", "email", "first_name", "last_name", "age", "balance", "is_active", "role", "preferences", "team_id", "created_at", "phone_number") SELECT "id", "email", "first_name", "last_name", CAST("age" AS TEXT), "balance", "is_active", "role", "preferences", "team_id", "created_at", "phone_number" FROM "users__biab_old"
DROP TABLE "users__biab_old"
CREATE INDEX "ix_users_team_id_role" ON "users" ("team_id", "role")
CREATE UNIQUE INDEX "ux_users_email" ON "users" ("email")
PRAGMA defer_foreign_keys = ON
PRAGMA legacy_alter_table = ON
ALTER TABLE "products" RENAME TO "products__biab_old"
PRAGMA legacy_alter_table = OFF
CREATE TABLE "products" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "sku" TEXT NOT NULL, "title" TEXT NOT NULL, "description" TEXT, "price" NUMERIC NOT NULL DEFAULT 0, "status" TEXT NOT NULL DEFAULT 'draft' CONSTRAINT "ck_products_status" CHECK ("status" IN ('draft', 'active', 'retired')), "attributes" TEXT, "thumbnail" BLOB, "released_on" TEXT, "team_id" TEXT NOT NULL, "updated_at" TEXT)
INSERT INTO "products" ("id", "sku", "title", "description", "price", "status", "attributes", "thumbnail", "released_on", "team_id", "updated_at") SELECT "id", "sku", "title", "description", "price", "status", "attributes", "thumbnail", "released_on", "team_id", "updated_at" FROM "products__biab_old"
DROP TABLE "products__biab_old"
CREATE INDEX "ix_products_team_id_status" ON "products" ("team_id", "status")
CREATE INDEX "ix_products_title" ON "products" ("title")
CREATE UNIQUE INDEX "ux_products_sku" ON "products" ("sku")
DROP TABLE "products"
PRAGMA defer_foreign_keys = ON
PRAGMA legacy_alter_table = ON
ALTER TABLE "users" RENAME TO "users__biab_old"
PRAGMA legacy_alter_table = OFF
CREATE TABLE "users" ("id" TEXT NOT NULL PRIMARY KEY DEFAULT ((lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))))), "email" TEXT NOT NULL, "first_name" TEXT, "last_name" TEXT, "age" TEXT, "balance" NUMERIC NOT NULL DEFAULT 0, "is_active" INTEGER NOT NULL DEFAULT 1, "role" TEXT NOT NULL DEFAULT 'member' CONSTRAINT "ck_users_role" CHECK ("role" IN ('admin', 'member', 'guest')), "preferences" TEXT, "team_id" TEXT, "created_at" TEXT NOT NULL DEFAULT (CURRENT_TIMESTAMP), CONSTRAINT "fk_users_team_id" FOREIGN KEY ("team_id") REFERENCES "teams" ("id") ON DELETE SET NULL)
INSERT INTO "users" ("id", "email", "first_name", "last_name", "age", "balance", "is_active", "role", "preferences", "team_id", "created_at") SELECT "id", "email", "first_name", "last_name", "age", "balance", "is_active", "role", "preferences", "team_id", "created_at" FROM "users__biab_old"
DROP TABLE "users__biab_old"
CREATE INDEX "ix_users_team_id_role" ON "users" ("team_id", "role")
CREATE UNIQUE INDEX "ux_users_email" ON "users" ("email")
PRAGMA defer_foreign_keys = ON
PRAGMA legacy_alter_table = ON
ALTER TABLE "users" RENAME TO "users__biab_old"
PRAGMA legacy_alter_table = OFF
CREATE TABLE "users" ("id" TEXT NOT NULL PRIMARY KEY DEFAULT ((lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))))), "email" TEXT NOT NULL, "first_name" TEXT, "last_name" TEXT, "age" TEXT, "balance" NUMERIC NOT NULL DEFAULT 0, "is_active" INTEGER NOT NULL DEFAULT 1, "role" TEXT NOT NULL DEFAULT 'member' CONSTRAINT "ck_users_role" CHECK ("role" IN ('admin', 'member', 'guest')), "preferences" TEXT, "team_id" TEXT, "created_at" TEXT NOT NULL DEFAULT (CURRENT_TIMESTAMP))
INSERT INTO "users" ("id", "email", "first_name", "last_name", "age", "balance", "is_active", "role", "preferences", "team_id", "created_at") SELECT "id", "email", "first_name", "last_name", "age", "balance", "is_active", "role", "preferences", "team_id", "created_at" FROM "users__biab_old"
DROP TABLE "users__biab_old"
CREATE INDEX "ix_users_team_id_role" ON "users" ("team_id", "role")
CREATE UNIQUE INDEX "ux_users_email" ON "users" ("email")
DROP TABLE "users"
DROP TABLE "teams"
