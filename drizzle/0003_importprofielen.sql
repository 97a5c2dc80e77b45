CREATE TABLE "importprofiel" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"regio_id" uuid NOT NULL,
	"naam" text NOT NULL,
	"toewijzing" jsonb NOT NULL,
	"bijgewerkt_op" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "importprofiel" ADD CONSTRAINT "importprofiel_regio_id_regio_id_fk" FOREIGN KEY ("regio_id") REFERENCES "public"."regio"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "importprofiel_naam_uniek" ON "importprofiel" USING btree ("regio_id","naam");