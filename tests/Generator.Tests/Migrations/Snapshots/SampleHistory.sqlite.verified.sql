-- up
CREATE TABLE "teams" ("id" TEXT NOT NULL PRIMARY KEY DEFAULT ((lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))))), "name" TEXT NOT NULL, "created_at" TEXT NOT NULL DEFAULT (CURRENT_TIMESTAMP))
CREATE TABLE "users" ("id" TEXT NOT NULL PRIMARY KEY DEFAULT ((lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))))), "email" TEXT NOT NULL, "first_name" TEXT, "last_name" TEXT, "age" TEXT, "balance" NUMERIC NOT NULL DEFAULT 0, "is_active" INTEGER NOT NULL DEFAULT 1, "role" TEXT NOT NULL DEFAULT 'member' CONSTRAINT "ck_users_role" CHECK ("role" IN ('admin', 'member', 'guest')), "preferences" TEXT, "team_id" TEXT, "created_at" TEXT NOT NULL DEFAULT (CURRENT_TIMESTAMP))
CREATE UNIQUE INDEX "ux_teams_name" ON "teams" ("name")
CREATE INDEX "ix_users_team_id_role" ON "users" ("team_id", "role")
CREATE UNIQUE INDEX "ux_users_email" ON "users" ("email")
CREATE TABLE "users__biab_new" ("id" TEXT NOT NULL PRIMARY KEY DEFAULT ((lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))))), "email" TEXT NOT NULL, "first_name" TEXT, "last_name" TEXT, "age" TEXT, "balance" NUMERIC NOT NULL DEFAULT 0, "is_active" INTEGER NOT NULL DEFAULT 1, "role" TEXT NOT NULL DEFAULT 'member' CONSTRAINT "ck_users_role" CHECK ("role" IN ('admin', 'member', 'guest')), "preferences" TEXT, "team_id" TEXT, "created_at" TEXT NOT NULL DEFAULT (CURRENT_TIMESTAMP), CONSTRAINT "fk_users_team_id" FOREIGN KEY ("team_id") REFERENCES "teams" ("id") ON DELETE SET NULL)
INSERT INTO "users__biab_new" ("id", "email", "first_name", "last_name", "age", "balance", "is_active", "role", "preferences", "team_id", "created_at") SELECT "id", "email", "first_name", "last_name", "age", "balance", "is_active", "role", "preferences", "team_id", "created_at" FROM "users"
DROP TABLE "users"
ALTER TABLE "users__biab_new" RENAME TO "users"
CREATE INDEX "ix_users_team_id_role" ON "users" ("team_id", "role")
CREATE UNIQUE INDEX "ux_users_email" ON "users" ("email")
CREATE TEMP TABLE "biab_foreign_key_check" ("violations" INTEGER CONSTRAINT "a row refers to a missing parent row after the table rebuild (see PRAGMA foreign_key_check)" CHECK ("violations" = 0))
INSERT INTO "biab_foreign_key_check" SELECT COUNT(*) FROM pragma_foreign_key_check
DROP TABLE "biab_foreign_key_check"
ALTER TABLE "users" ADD COLUMN "phone_number" TEXT
CREATE TABLE "products" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "sku" TEXT NOT NULL, "title" TEXT NOT NULL, "description" TEXT, "price" NUMERIC NOT NULL DEFAULT 0, "status" TEXT NOT NULL DEFAULT 'draft' CONSTRAINT "ck_products_status" CHECK ("status" IN ('draft', 'active', 'retired')), "attributes" TEXT, "thumbnail" BLOB, "released_on" TEXT, "team_id" TEXT NOT NULL, "updated_at" TEXT)
CREATE INDEX "ix_products_team_id_status" ON "products" ("team_id", "status")
CREATE INDEX "ix_products_title" ON "products" ("title")
CREATE UNIQUE INDEX "ux_products_sku" ON "products" ("sku")
CREATE TABLE "products__biab_new" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "sku" TEXT NOT NULL, "title" TEXT NOT NULL, "description" TEXT, "price" NUMERIC NOT NULL DEFAULT 0, "status" TEXT NOT NULL DEFAULT 'draft' CONSTRAINT "ck_products_status" CHECK ("status" IN ('draft', 'active', 'retired')), "attributes" TEXT, "thumbnail" BLOB, "released_on" TEXT, "team_id" TEXT NOT NULL, "updated_at" TEXT, CONSTRAINT "fk_products_team_id" FOREIGN KEY ("team_id") REFERENCES "teams" ("id") ON DELETE CASCADE)
INSERT INTO "products__biab_new" ("id", "sku", "title", "description", "price", "status", "attributes", "thumbnail", "released_on", "team_id", "updated_at") SELECT "id", "sku", "title", "description", "price", "status", "attributes", "thumbnail", "released_on", "team_id", "updated_at" FROM "products"
DROP TABLE "products"
ALTER TABLE "products__biab_new" RENAME TO "products"
CREATE INDEX "ix_products_team_id_status" ON "products" ("team_id", "status")
CREATE INDEX "ix_products_title" ON "products" ("title")
CREATE UNIQUE INDEX "ux_products_sku" ON "products" ("sku")
CREATE TEMP TABLE "biab_foreign_key_check" ("violations" INTEGER CONSTRAINT "a row refers to a missing parent row after the table rebuild (see PRAGMA foreign_key_check)" CHECK ("violations" = 0))
INSERT INTO "biab_foreign_key_check" SELECT COUNT(*) FROM pragma_foreign_key_check
DROP TABLE "biab_foreign_key_check"
CREATE TEMP TABLE "biab_conversion_check" ("invalid_rows" INTEGER CONSTRAINT "users.age: a value does not convert to integer" CHECK ("invalid_rows" = 0))
INSERT INTO "biab_conversion_check" SELECT COUNT(*) FROM "users" WHERE "age" IS NOT NULL AND CAST(CAST(trim("age") AS INTEGER) AS TEXT) <> trim("age")
DROP TABLE "biab_conversion_check"
CREATE TABLE "users__biab_new" ("id" TEXT NOT NULL PRIMARY KEY DEFAULT ((lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))))), "email" TEXT NOT NULL, "first_name" TEXT, "last_name" TEXT, "age" INTEGER, "balance" NUMERIC NOT NULL DEFAULT 0, "is_active" INTEGER NOT NULL DEFAULT 1, "role" TEXT NOT NULL DEFAULT 'member' CONSTRAINT "ck_users_role" CHECK ("role" IN ('admin', 'member', 'guest')), "preferences" TEXT, "team_id" TEXT, "created_at" TEXT NOT NULL DEFAULT (CURRENT_TIMESTAMP), "phone_number" TEXT, CONSTRAINT "fk_users_team_id" FOREIGN KEY ("team_id") REFERENCES "teams" ("id") ON DELETE SET NULL)
INSERT INTO "users__biab_new" ("id", "email", "first_name", "last_name", "age", "balance", "is_active", "role", "preferences", "team_id", "created_at", "phone_number") SELECT "id", "email", "first_name", "last_name", CAST(trim("age") AS INTEGER), "balance", "is_active", "role", "preferences", "team_id", "created_at", "phone_number" FROM "users"
DROP TABLE "users"
ALTER TABLE "users__biab_new" RENAME TO "users"
CREATE INDEX "ix_users_team_id_role" ON "users" ("team_id", "role")
CREATE UNIQUE INDEX "ux_users_email" ON "users" ("email")
CREATE TEMP TABLE "biab_foreign_key_check" ("violations" INTEGER CONSTRAINT "a row refers to a missing parent row after the table rebuild (see PRAGMA foreign_key_check)" CHECK ("violations" = 0))
INSERT INTO "biab_foreign_key_check" SELECT COUNT(*) FROM pragma_foreign_key_check
DROP TABLE "biab_foreign_key_check"
ALTER TABLE "users" ADD COLUMN "full_name" TEXT
CREATE INDEX "ix_users_full_name" ON "users" ("full_name")
UPDATE users SET full_name = trim(coalesce(first_name, '') || ' ' || coalesce(last_name, '')) WHERE full_name IS NULL
CREATE TABLE "users__biab_new" ("id" TEXT NOT NULL PRIMARY KEY DEFAULT ((lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))))), "email" TEXT NOT NULL, "age" INTEGER, "balance" NUMERIC NOT NULL DEFAULT 0, "is_active" INTEGER NOT NULL DEFAULT 1, "role" TEXT NOT NULL DEFAULT 'member' CONSTRAINT "ck_users_role" CHECK ("role" IN ('admin', 'member', 'guest')), "preferences" TEXT, "team_id" TEXT, "created_at" TEXT NOT NULL DEFAULT (CURRENT_TIMESTAMP), "phone_number" TEXT, "full_name" TEXT, CONSTRAINT "fk_users_team_id" FOREIGN KEY ("team_id") REFERENCES "teams" ("id") ON DELETE SET NULL)
INSERT INTO "users__biab_new" ("id", "email", "age", "balance", "is_active", "role", "preferences", "team_id", "created_at", "phone_number", "full_name") SELECT "id", "email", "age", "balance", "is_active", "role", "preferences", "team_id", "created_at", "phone_number", "full_name" FROM "users"
DROP TABLE "users"
ALTER TABLE "users__biab_new" RENAME TO "users"
CREATE INDEX "ix_users_full_name" ON "users" ("full_name")
CREATE INDEX "ix_users_team_id_role" ON "users" ("team_id", "role")
CREATE UNIQUE INDEX "ux_users_email" ON "users" ("email")
CREATE TEMP TABLE "biab_foreign_key_check" ("violations" INTEGER CONSTRAINT "a row refers to a missing parent row after the table rebuild (see PRAGMA foreign_key_check)" CHECK ("violations" = 0))
INSERT INTO "biab_foreign_key_check" SELECT COUNT(*) FROM pragma_foreign_key_check
DROP TABLE "biab_foreign_key_check"
CREATE TABLE "products__biab_new" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "sku" TEXT NOT NULL, "title" TEXT NOT NULL, "description" TEXT, "price" TEXT NOT NULL DEFAULT '0', "status" TEXT NOT NULL DEFAULT 'draft' CONSTRAINT "ck_products_status" CHECK ("status" IN ('draft', 'active', 'retired')), "attributes" TEXT, "thumbnail" BLOB, "released_on" TEXT, "team_id" TEXT NOT NULL, "updated_at" TEXT, CONSTRAINT "fk_products_team_id" FOREIGN KEY ("team_id") REFERENCES "teams" ("id") ON DELETE CASCADE)
INSERT INTO "products__biab_new" ("id", "sku", "title", "description", "price", "status", "attributes", "thumbnail", "released_on", "team_id", "updated_at") SELECT "id", "sku", "title", "description", CAST("price" AS TEXT), "status", "attributes", "thumbnail", "released_on", upper("team_id"), "updated_at" FROM "products"
DROP TABLE "products"
ALTER TABLE "products__biab_new" RENAME TO "products"
CREATE INDEX "ix_products_team_id_status" ON "products" ("team_id", "status")
CREATE INDEX "ix_products_title" ON "products" ("title")
CREATE UNIQUE INDEX "ux_products_sku" ON "products" ("sku")
CREATE TABLE "teams__biab_new" ("id" TEXT NOT NULL PRIMARY KEY DEFAULT ((hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89AB', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))), "name" TEXT NOT NULL, "created_at" TEXT NOT NULL DEFAULT (CURRENT_TIMESTAMP))
INSERT INTO "teams__biab_new" ("id", "name", "created_at") SELECT upper("id"), "name", "created_at" FROM "teams"
DROP TABLE "teams"
ALTER TABLE "teams__biab_new" RENAME TO "teams"
CREATE UNIQUE INDEX "ux_teams_name" ON "teams" ("name")
CREATE TABLE "users__biab_new" ("id" TEXT NOT NULL PRIMARY KEY DEFAULT ((hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89AB', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))), "email" TEXT NOT NULL, "age" INTEGER, "balance" TEXT NOT NULL DEFAULT '0', "is_active" INTEGER NOT NULL DEFAULT 1, "role" TEXT NOT NULL DEFAULT 'member' CONSTRAINT "ck_users_role" CHECK ("role" IN ('admin', 'member', 'guest')), "preferences" TEXT, "team_id" TEXT, "created_at" TEXT NOT NULL DEFAULT (CURRENT_TIMESTAMP), "phone_number" TEXT, "full_name" TEXT, CONSTRAINT "fk_users_team_id" FOREIGN KEY ("team_id") REFERENCES "teams" ("id") ON DELETE SET NULL)
INSERT INTO "users__biab_new" ("id", "email", "age", "balance", "is_active", "role", "preferences", "team_id", "created_at", "phone_number", "full_name") SELECT upper("id"), "email", "age", CAST("balance" AS TEXT), "is_active", "role", "preferences", upper("team_id"), "created_at", "phone_number", "full_name" FROM "users"
DROP TABLE "users"
ALTER TABLE "users__biab_new" RENAME TO "users"
CREATE INDEX "ix_users_full_name" ON "users" ("full_name")
CREATE INDEX "ix_users_team_id_role" ON "users" ("team_id", "role")
CREATE UNIQUE INDEX "ux_users_email" ON "users" ("email")
CREATE TEMP TABLE "biab_foreign_key_check" ("violations" INTEGER CONSTRAINT "a row refers to a missing parent row after the table rebuild (see PRAGMA foreign_key_check)" CHECK ("violations" = 0))
INSERT INTO "biab_foreign_key_check" SELECT COUNT(*) FROM pragma_foreign_key_check
DROP TABLE "biab_foreign_key_check"
ALTER TABLE "products" ADD COLUMN "color" TEXT
CREATE TABLE "teams__biab_new" ("id" TEXT NOT NULL PRIMARY KEY DEFAULT ((hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89AB', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))), "name" TEXT NOT NULL, "created_at" TEXT NOT NULL DEFAULT ((strftime('%Y-%m-%d %H:%M:%S+00:00', 'now'))))
INSERT INTO "teams__biab_new" ("id", "name", "created_at") SELECT "id", "name", CASE WHEN "created_at" GLOB '*[+-][0-9][0-9]:[0-9][0-9]' THEN "created_at" ELSE "created_at" || '+00:00' END FROM "teams"
DROP TABLE "teams"
ALTER TABLE "teams__biab_new" RENAME TO "teams"
CREATE UNIQUE INDEX "ux_teams_name" ON "teams" ("name")
CREATE TEMP TABLE "biab_foreign_key_check" ("violations" INTEGER CONSTRAINT "a row refers to a missing parent row after the table rebuild (see PRAGMA foreign_key_check)" CHECK ("violations" = 0))
INSERT INTO "biab_foreign_key_check" SELECT COUNT(*) FROM pragma_foreign_key_check
DROP TABLE "biab_foreign_key_check"
-- down
CREATE TABLE "teams__biab_new" ("id" TEXT NOT NULL PRIMARY KEY DEFAULT ((hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89AB', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))), "name" TEXT NOT NULL, "created_at" TEXT NOT NULL DEFAULT (CURRENT_TIMESTAMP))
INSERT INTO "teams__biab_new" ("id", "name", "created_at") SELECT "id", "name", CAST("created_at" AS TEXT) FROM "teams"
DROP TABLE "teams"
ALTER TABLE "teams__biab_new" RENAME TO "teams"
CREATE UNIQUE INDEX "ux_teams_name" ON "teams" ("name")
CREATE TEMP TABLE "biab_foreign_key_check" ("violations" INTEGER CONSTRAINT "a row refers to a missing parent row after the table rebuild (see PRAGMA foreign_key_check)" CHECK ("violations" = 0))
INSERT INTO "biab_foreign_key_check" SELECT COUNT(*) FROM pragma_foreign_key_check
DROP TABLE "biab_foreign_key_check"
CREATE TABLE "products__biab_new" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "sku" TEXT NOT NULL, "title" TEXT NOT NULL, "description" TEXT, "price" TEXT NOT NULL DEFAULT '0', "status" TEXT NOT NULL DEFAULT 'draft' CONSTRAINT "ck_products_status" CHECK ("status" IN ('draft', 'active', 'retired')), "attributes" TEXT, "thumbnail" BLOB, "released_on" TEXT, "team_id" TEXT NOT NULL, "updated_at" TEXT, CONSTRAINT "fk_products_team_id" FOREIGN KEY ("team_id") REFERENCES "teams" ("id") ON DELETE CASCADE)
INSERT INTO "products__biab_new" ("id", "sku", "title", "description", "price", "status", "attributes", "thumbnail", "released_on", "team_id", "updated_at") SELECT "id", "sku", "title", "description", "price", "status", "attributes", "thumbnail", "released_on", "team_id", "updated_at" FROM "products"
DROP TABLE "products"
ALTER TABLE "products__biab_new" RENAME TO "products"
CREATE INDEX "ix_products_team_id_status" ON "products" ("team_id", "status")
CREATE INDEX "ix_products_title" ON "products" ("title")
CREATE UNIQUE INDEX "ux_products_sku" ON "products" ("sku")
CREATE TEMP TABLE "biab_foreign_key_check" ("violations" INTEGER CONSTRAINT "a row refers to a missing parent row after the table rebuild (see PRAGMA foreign_key_check)" CHECK ("violations" = 0))
INSERT INTO "biab_foreign_key_check" SELECT COUNT(*) FROM pragma_foreign_key_check
DROP TABLE "biab_foreign_key_check"
CREATE TEMP TABLE "biab_conversion_check" ("invalid_rows" INTEGER CONSTRAINT "users.balance: a value does not convert to decimal(12,2)" CHECK ("invalid_rows" = 0))
INSERT INTO "biab_conversion_check" SELECT COUNT(*) FROM "users" WHERE "balance" IS NOT NULL AND (trim("balance") NOT GLOB '*[0-9]*' OR trim("balance") GLOB '*[^0-9.eE+-]*')
DROP TABLE "biab_conversion_check"
CREATE TABLE "users__biab_new" ("id" TEXT NOT NULL PRIMARY KEY DEFAULT ((lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))))), "email" TEXT NOT NULL, "age" INTEGER, "balance" NUMERIC NOT NULL DEFAULT 0, "is_active" INTEGER NOT NULL DEFAULT 1, "role" TEXT NOT NULL DEFAULT 'member' CONSTRAINT "ck_users_role" CHECK ("role" IN ('admin', 'member', 'guest')), "preferences" TEXT, "team_id" TEXT, "created_at" TEXT NOT NULL DEFAULT (CURRENT_TIMESTAMP), "phone_number" TEXT, "full_name" TEXT, CONSTRAINT "fk_users_team_id" FOREIGN KEY ("team_id") REFERENCES "teams" ("id") ON DELETE SET NULL)
INSERT INTO "users__biab_new" ("id", "email", "age", "balance", "is_active", "role", "preferences", "team_id", "created_at", "phone_number", "full_name") SELECT lower("id"), "email", "age", CAST(trim("balance") AS NUMERIC), "is_active", "role", "preferences", lower("team_id"), "created_at", "phone_number", "full_name" FROM "users"
DROP TABLE "users"
ALTER TABLE "users__biab_new" RENAME TO "users"
CREATE INDEX "ix_users_full_name" ON "users" ("full_name")
CREATE INDEX "ix_users_team_id_role" ON "users" ("team_id", "role")
CREATE UNIQUE INDEX "ux_users_email" ON "users" ("email")
CREATE TABLE "teams__biab_new" ("id" TEXT NOT NULL PRIMARY KEY DEFAULT ((lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))))), "name" TEXT NOT NULL, "created_at" TEXT NOT NULL DEFAULT (CURRENT_TIMESTAMP))
INSERT INTO "teams__biab_new" ("id", "name", "created_at") SELECT lower("id"), "name", "created_at" FROM "teams"
DROP TABLE "teams"
ALTER TABLE "teams__biab_new" RENAME TO "teams"
CREATE UNIQUE INDEX "ux_teams_name" ON "teams" ("name")
CREATE TEMP TABLE "biab_conversion_check" ("invalid_rows" INTEGER CONSTRAINT "products.price: a value does not convert to decimal(10,2)" CHECK ("invalid_rows" = 0))
INSERT INTO "biab_conversion_check" SELECT COUNT(*) FROM "products" WHERE "price" IS NOT NULL AND (trim("price") NOT GLOB '*[0-9]*' OR trim("price") GLOB '*[^0-9.eE+-]*')
DROP TABLE "biab_conversion_check"
CREATE TABLE "products__biab_new" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "sku" TEXT NOT NULL, "title" TEXT NOT NULL, "description" TEXT, "price" NUMERIC NOT NULL DEFAULT 0, "status" TEXT NOT NULL DEFAULT 'draft' CONSTRAINT "ck_products_status" CHECK ("status" IN ('draft', 'active', 'retired')), "attributes" TEXT, "thumbnail" BLOB, "released_on" TEXT, "team_id" TEXT NOT NULL, "updated_at" TEXT, CONSTRAINT "fk_products_team_id" FOREIGN KEY ("team_id") REFERENCES "teams" ("id") ON DELETE CASCADE)
INSERT INTO "products__biab_new" ("id", "sku", "title", "description", "price", "status", "attributes", "thumbnail", "released_on", "team_id", "updated_at") SELECT "id", "sku", "title", "description", CAST(trim("price") AS NUMERIC), "status", "attributes", "thumbnail", "released_on", lower("team_id"), "updated_at" FROM "products"
DROP TABLE "products"
ALTER TABLE "products__biab_new" RENAME TO "products"
CREATE INDEX "ix_products_team_id_status" ON "products" ("team_id", "status")
CREATE INDEX "ix_products_title" ON "products" ("title")
CREATE UNIQUE INDEX "ux_products_sku" ON "products" ("sku")
CREATE TEMP TABLE "biab_foreign_key_check" ("violations" INTEGER CONSTRAINT "a row refers to a missing parent row after the table rebuild (see PRAGMA foreign_key_check)" CHECK ("violations" = 0))
INSERT INTO "biab_foreign_key_check" SELECT COUNT(*) FROM pragma_foreign_key_check
DROP TABLE "biab_foreign_key_check"
ALTER TABLE "users" ADD COLUMN "first_name" TEXT
ALTER TABLE "users" ADD COLUMN "last_name" TEXT
UPDATE users SET first_name = CASE WHEN instr(full_name, ' ') > 0 THEN substr(full_name, 1, instr(full_name, ' ') - 1) ELSE full_name END, last_name = CASE WHEN instr(full_name, ' ') > 0 THEN substr(full_name, instr(full_name, ' ') + 1) END
DROP INDEX "ix_users_full_name"
CREATE TABLE "users__biab_new" ("id" TEXT NOT NULL PRIMARY KEY DEFAULT ((lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))))), "email" TEXT NOT NULL, "first_name" TEXT, "last_name" TEXT, "age" INTEGER, "balance" NUMERIC NOT NULL DEFAULT 0, "is_active" INTEGER NOT NULL DEFAULT 1, "role" TEXT NOT NULL DEFAULT 'member' CONSTRAINT "ck_users_role" CHECK ("role" IN ('admin', 'member', 'guest')), "preferences" TEXT, "team_id" TEXT, "created_at" TEXT NOT NULL DEFAULT (CURRENT_TIMESTAMP), "phone_number" TEXT, CONSTRAINT "fk_users_team_id" FOREIGN KEY ("team_id") REFERENCES "teams" ("id") ON DELETE SET NULL)
INSERT INTO "users__biab_new" ("id", "email", "first_name", "last_name", "age", "balance", "is_active", "role", "preferences", "team_id", "created_at", "phone_number") SELECT "id", "email", "first_name", "last_name", "age", "balance", "is_active", "role", "preferences", "team_id", "created_at", "phone_number" FROM "users"
DROP TABLE "users"
ALTER TABLE "users__biab_new" RENAME TO "users"
CREATE INDEX "ix_users_team_id_role" ON "users" ("team_id", "role")
CREATE UNIQUE INDEX "ux_users_email" ON "users" ("email")
CREATE TEMP TABLE "biab_foreign_key_check" ("violations" INTEGER CONSTRAINT "a row refers to a missing parent row after the table rebuild (see PRAGMA foreign_key_check)" CHECK ("violations" = 0))
INSERT INTO "biab_foreign_key_check" SELECT COUNT(*) FROM pragma_foreign_key_check
DROP TABLE "biab_foreign_key_check"
CREATE TABLE "users__biab_new" ("id" TEXT NOT NULL PRIMARY KEY DEFAULT ((lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))))), "email" TEXT NOT NULL, "first_name" TEXT, "last_name" TEXT, "age" TEXT, "balance" NUMERIC NOT NULL DEFAULT 0, "is_active" INTEGER NOT NULL DEFAULT 1, "role" TEXT NOT NULL DEFAULT 'member' CONSTRAINT "ck_users_role" CHECK ("role" IN ('admin', 'member', 'guest')), "preferences" TEXT, "team_id" TEXT, "created_at" TEXT NOT NULL DEFAULT (CURRENT_TIMESTAMP), "phone_number" TEXT, CONSTRAINT "fk_users_team_id" FOREIGN KEY ("team_id") REFERENCES "teams" ("id") ON DELETE SET NULL)
INSERT INTO "users__biab_new" ("id", "email", "first_name", "last_name", "age", "balance", "is_active", "role", "preferences", "team_id", "created_at", "phone_number") SELECT "id", "email", "first_name", "last_name", CAST("age" AS TEXT), "balance", "is_active", "role", "preferences", "team_id", "created_at", "phone_number" FROM "users"
DROP TABLE "users"
ALTER TABLE "users__biab_new" RENAME TO "users"
CREATE INDEX "ix_users_team_id_role" ON "users" ("team_id", "role")
CREATE UNIQUE INDEX "ux_users_email" ON "users" ("email")
CREATE TEMP TABLE "biab_foreign_key_check" ("violations" INTEGER CONSTRAINT "a row refers to a missing parent row after the table rebuild (see PRAGMA foreign_key_check)" CHECK ("violations" = 0))
INSERT INTO "biab_foreign_key_check" SELECT COUNT(*) FROM pragma_foreign_key_check
DROP TABLE "biab_foreign_key_check"
CREATE TABLE "products__biab_new" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "sku" TEXT NOT NULL, "title" TEXT NOT NULL, "description" TEXT, "price" NUMERIC NOT NULL DEFAULT 0, "status" TEXT NOT NULL DEFAULT 'draft' CONSTRAINT "ck_products_status" CHECK ("status" IN ('draft', 'active', 'retired')), "attributes" TEXT, "thumbnail" BLOB, "released_on" TEXT, "team_id" TEXT NOT NULL, "updated_at" TEXT)
INSERT INTO "products__biab_new" ("id", "sku", "title", "description", "price", "status", "attributes", "thumbnail", "released_on", "team_id", "updated_at") SELECT "id", "sku", "title", "description", "price", "status", "attributes", "thumbnail", "released_on", "team_id", "updated_at" FROM "products"
DROP TABLE "products"
ALTER TABLE "products__biab_new" RENAME TO "products"
CREATE INDEX "ix_products_team_id_status" ON "products" ("team_id", "status")
CREATE INDEX "ix_products_title" ON "products" ("title")
CREATE UNIQUE INDEX "ux_products_sku" ON "products" ("sku")
DROP TABLE "products"
CREATE TEMP TABLE "biab_foreign_key_check" ("violations" INTEGER CONSTRAINT "a row refers to a missing parent row after the table rebuild (see PRAGMA foreign_key_check)" CHECK ("violations" = 0))
INSERT INTO "biab_foreign_key_check" SELECT COUNT(*) FROM pragma_foreign_key_check
DROP TABLE "biab_foreign_key_check"
CREATE TABLE "users__biab_new" ("id" TEXT NOT NULL PRIMARY KEY DEFAULT ((lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))))), "email" TEXT NOT NULL, "first_name" TEXT, "last_name" TEXT, "age" TEXT, "balance" NUMERIC NOT NULL DEFAULT 0, "is_active" INTEGER NOT NULL DEFAULT 1, "role" TEXT NOT NULL DEFAULT 'member' CONSTRAINT "ck_users_role" CHECK ("role" IN ('admin', 'member', 'guest')), "preferences" TEXT, "team_id" TEXT, "created_at" TEXT NOT NULL DEFAULT (CURRENT_TIMESTAMP), CONSTRAINT "fk_users_team_id" FOREIGN KEY ("team_id") REFERENCES "teams" ("id") ON DELETE SET NULL)
INSERT INTO "users__biab_new" ("id", "email", "first_name", "last_name", "age", "balance", "is_active", "role", "preferences", "team_id", "created_at") SELECT "id", "email", "first_name", "last_name", "age", "balance", "is_active", "role", "preferences", "team_id", "created_at" FROM "users"
DROP TABLE "users"
ALTER TABLE "users__biab_new" RENAME TO "users"
CREATE INDEX "ix_users_team_id_role" ON "users" ("team_id", "role")
CREATE UNIQUE INDEX "ux_users_email" ON "users" ("email")
CREATE TEMP TABLE "biab_foreign_key_check" ("violations" INTEGER CONSTRAINT "a row refers to a missing parent row after the table rebuild (see PRAGMA foreign_key_check)" CHECK ("violations" = 0))
INSERT INTO "biab_foreign_key_check" SELECT COUNT(*) FROM pragma_foreign_key_check
DROP TABLE "biab_foreign_key_check"
CREATE TABLE "users__biab_new" ("id" TEXT NOT NULL PRIMARY KEY DEFAULT ((lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))))), "email" TEXT NOT NULL, "first_name" TEXT, "last_name" TEXT, "age" TEXT, "balance" NUMERIC NOT NULL DEFAULT 0, "is_active" INTEGER NOT NULL DEFAULT 1, "role" TEXT NOT NULL DEFAULT 'member' CONSTRAINT "ck_users_role" CHECK ("role" IN ('admin', 'member', 'guest')), "preferences" TEXT, "team_id" TEXT, "created_at" TEXT NOT NULL DEFAULT (CURRENT_TIMESTAMP))
INSERT INTO "users__biab_new" ("id", "email", "first_name", "last_name", "age", "balance", "is_active", "role", "preferences", "team_id", "created_at") SELECT "id", "email", "first_name", "last_name", "age", "balance", "is_active", "role", "preferences", "team_id", "created_at" FROM "users"
DROP TABLE "users"
ALTER TABLE "users__biab_new" RENAME TO "users"
CREATE INDEX "ix_users_team_id_role" ON "users" ("team_id", "role")
CREATE UNIQUE INDEX "ux_users_email" ON "users" ("email")
DROP TABLE "users"
DROP TABLE "teams"
CREATE TEMP TABLE "biab_foreign_key_check" ("violations" INTEGER CONSTRAINT "a row refers to a missing parent row after the table rebuild (see PRAGMA foreign_key_check)" CHECK ("violations" = 0))
INSERT INTO "biab_foreign_key_check" SELECT COUNT(*) FROM pragma_foreign_key_check
DROP TABLE "biab_foreign_key_check"
