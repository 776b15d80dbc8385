CREATE TABLE "search_terms" (
	"kind" varchar(16) NOT NULL,
	"token" varchar(32) NOT NULL,
	"object_id" varchar(36) NOT NULL,
	"word_weight" integer NOT NULL,
	"prefix_weight" integer NOT NULL,
	CONSTRAINT "search_terms_pk" PRIMARY KEY("kind","token","object_id")
);
--> statement-breakpoint
CREATE INDEX "search_terms_object_idx" ON "search_terms" USING btree ("kind","object_id");