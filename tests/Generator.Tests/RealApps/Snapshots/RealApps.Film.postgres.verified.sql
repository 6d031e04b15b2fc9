-- up
CREATE TABLE "public"."films" ("id" uuid NOT NULL, "rating" varchar(63) NOT NULL DEFAULT 'G', "state" varchar(63), "public_id" varchar(26) NOT NULL, "token" text NULL, "added_at" timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP, "seen_at" timestamptz DEFAULT CURRENT_TIMESTAMP, "rented_on" date NOT NULL DEFAULT CURRENT_DATE, "total" decimal(10,2) DEFAULT (1 + 1), "note" text NOT NULL DEFAULT 'it''s */ a note', CONSTRAINT "films_pkey" PRIMARY KEY ("id"));
ALTER TABLE "films" ADD CONSTRAINT "ck_films_rating" CHECK ("rating" IN ('G', 'PG', 'PG-13', 'R', 'NC-17'))
ALTER TABLE "films" ADD CONSTRAINT "ck_films_state" CHECK ("state" IN ('ACTIVE', 'in progress', '17', 'snake_case'))
-- down
DROP TABLE "public"."films";
