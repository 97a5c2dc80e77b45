CREATE TABLE "gemeentegrens" (
	"gemeentecode" text PRIMARY KEY NOT NULL,
	"geometrie" jsonb NOT NULL,
	"bijgewerkt_op" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "gemeentegrens_vlak" CHECK ("gemeentegrens"."geometrie"->>'type' in ('Polygon', 'MultiPolygon'))
);
--> statement-breakpoint
CREATE TABLE "steunpunt" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"regio_id" uuid NOT NULL,
	"naam" text NOT NULL,
	"straat" text NOT NULL,
	"huisnummer" text NOT NULL,
	"postcode" text NOT NULL,
	"plaats" text NOT NULL,
	"gemeente_id" uuid NOT NULL,
	"exploitant_organisatie_id" uuid,
	"exploitant_naam" text DEFAULT '' NOT NULL,
	"doelgroepen" text[] DEFAULT '{}'::text[] NOT NULL,
	"open_voor_iedereen" boolean NOT NULL,
	"openingstijden" text DEFAULT '' NOT NULL,
	"telefoon" text,
	"email" text,
	"website" text,
	"openbaar" boolean DEFAULT false NOT NULL,
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL,
	"bijgewerkt_op" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "steunpunt_postcode_formaat" CHECK ("steunpunt"."postcode" ~ '^[1-9][0-9]{3} [A-Z]{2}$')
);
--> statement-breakpoint
CREATE TABLE "mijlpaal" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"regio_id" uuid NOT NULL,
	"titel" text NOT NULL,
	"omschrijving" text DEFAULT '' NOT NULL,
	"datum" date NOT NULL,
	"eigenaar" text DEFAULT '' NOT NULL,
	"eigenaar_organisatie_id" uuid,
	"eigenaar_overlegorgaan_id" uuid,
	"status" text DEFAULT 'niet-gestart' NOT NULL,
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL,
	"gewijzigd_op" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mijlpaal_status" CHECK ("mijlpaal"."status" in ('niet-gestart', 'in-uitvoering', 'gerealiseerd', 'vertraagd', 'niet-van-toepassing'))
);
--> statement-breakpoint
CREATE TABLE "venster_antwoord" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"regio_id" uuid NOT NULL,
	"jaar" integer NOT NULL,
	"gemeente_id" uuid,
	"organisatie_id" uuid,
	"opmerking" text DEFAULT '' NOT NULL,
	"ingevuld_op" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "venster_antwoord_een_respondent" CHECK (("venster_antwoord"."gemeente_id" is null) <> ("venster_antwoord"."organisatie_id" is null))
);
--> statement-breakpoint
CREATE TABLE "venster_score" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"regio_id" uuid NOT NULL,
	"antwoord_id" uuid NOT NULL,
	"vraag_id" uuid NOT NULL,
	"score" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "venster_vraag" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"regio_id" uuid NOT NULL,
	"jaar" integer NOT NULL,
	"vraag" text NOT NULL,
	"volgorde" integer DEFAULT 0 NOT NULL,
	"schaal_min" integer NOT NULL,
	"schaal_max" integer NOT NULL,
	CONSTRAINT "venster_vraag_schaal" CHECK ("venster_vraag"."schaal_min" < "venster_vraag"."schaal_max"),
	CONSTRAINT "venster_vraag_jaar" CHECK ("venster_vraag"."jaar" between 2000 and 2100)
);
--> statement-breakpoint
ALTER TABLE "gemeentegrens" ADD CONSTRAINT "gemeentegrens_gemeentecode_gemeente_gemeentecode_fk" FOREIGN KEY ("gemeentecode") REFERENCES "public"."gemeente"("gemeentecode") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "steunpunt" ADD CONSTRAINT "steunpunt_regio_id_regio_id_fk" FOREIGN KEY ("regio_id") REFERENCES "public"."regio"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "steunpunt" ADD CONSTRAINT "steunpunt_gemeente_id_gemeente_id_fk" FOREIGN KEY ("gemeente_id") REFERENCES "public"."gemeente"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "steunpunt" ADD CONSTRAINT "steunpunt_exploitant_organisatie_id_organisatie_id_fk" FOREIGN KEY ("exploitant_organisatie_id") REFERENCES "public"."organisatie"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mijlpaal" ADD CONSTRAINT "mijlpaal_regio_id_regio_id_fk" FOREIGN KEY ("regio_id") REFERENCES "public"."regio"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mijlpaal" ADD CONSTRAINT "mijlpaal_eigenaar_organisatie_id_organisatie_id_fk" FOREIGN KEY ("eigenaar_organisatie_id") REFERENCES "public"."organisatie"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mijlpaal" ADD CONSTRAINT "mijlpaal_eigenaar_overlegorgaan_id_overlegorgaan_id_fk" FOREIGN KEY ("eigenaar_overlegorgaan_id") REFERENCES "public"."overlegorgaan"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "venster_antwoord" ADD CONSTRAINT "venster_antwoord_regio_id_regio_id_fk" FOREIGN KEY ("regio_id") REFERENCES "public"."regio"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "venster_antwoord" ADD CONSTRAINT "venster_antwoord_gemeente_id_gemeente_id_fk" FOREIGN KEY ("gemeente_id") REFERENCES "public"."gemeente"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "venster_antwoord" ADD CONSTRAINT "venster_antwoord_organisatie_id_organisatie_id_fk" FOREIGN KEY ("organisatie_id") REFERENCES "public"."organisatie"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "venster_score" ADD CONSTRAINT "venster_score_regio_id_regio_id_fk" FOREIGN KEY ("regio_id") REFERENCES "public"."regio"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "venster_score" ADD CONSTRAINT "venster_score_antwoord_id_venster_antwoord_id_fk" FOREIGN KEY ("antwoord_id") REFERENCES "public"."venster_antwoord"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "venster_score" ADD CONSTRAINT "venster_score_vraag_id_venster_vraag_id_fk" FOREIGN KEY ("vraag_id") REFERENCES "public"."venster_vraag"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "venster_vraag" ADD CONSTRAINT "venster_vraag_regio_id_regio_id_fk" FOREIGN KEY ("regio_id") REFERENCES "public"."regio"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "steunpunt_naam_uniek" ON "steunpunt" USING btree ("regio_id","gemeente_id","naam");--> statement-breakpoint
CREATE INDEX "steunpunt_regio_gemeente" ON "steunpunt" USING btree ("regio_id","gemeente_id");--> statement-breakpoint
CREATE INDEX "mijlpaal_regio_datum" ON "mijlpaal" USING btree ("regio_id","datum");--> statement-breakpoint
CREATE UNIQUE INDEX "venster_antwoord_gemeente_uniek" ON "venster_antwoord" USING btree ("regio_id","jaar","gemeente_id") WHERE "venster_antwoord"."gemeente_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "venster_antwoord_organisatie_uniek" ON "venster_antwoord" USING btree ("regio_id","jaar","organisatie_id") WHERE "venster_antwoord"."organisatie_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "venster_score_uniek" ON "venster_score" USING btree ("antwoord_id","vraag_id");--> statement-breakpoint
CREATE INDEX "venster_score_regio_vraag" ON "venster_score" USING btree ("regio_id","vraag_id");--> statement-breakpoint
CREATE UNIQUE INDEX "venster_vraag_uniek" ON "venster_vraag" USING btree ("regio_id","jaar","vraag");--> statement-breakpoint
CREATE INDEX "venster_vraag_regio_jaar" ON "venster_vraag" USING btree ("regio_id","jaar","volgorde");