CREATE TABLE "begroting" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"regio_id" uuid NOT NULL,
	"jaar" integer NOT NULL,
	"naam" text NOT NULL,
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "begroting_uitkering" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"regio_id" uuid NOT NULL,
	"begroting_id" uuid NOT NULL,
	"uitkering_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "begrotingsbedrag" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"regio_id" uuid NOT NULL,
	"versie_id" uuid NOT NULL,
	"regel_id" uuid NOT NULL,
	"bedrag_centen" bigint NOT NULL,
	"prognose_centen" bigint,
	CONSTRAINT "begrotingsbedrag_niet_negatief" CHECK ("begrotingsbedrag"."bedrag_centen" >= 0)
);
--> statement-breakpoint
CREATE TABLE "begrotingsregel" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"regio_id" uuid NOT NULL,
	"begroting_id" uuid NOT NULL,
	"code" text NOT NULL,
	"omschrijving" text NOT NULL,
	"taak_nummer" integer,
	"volgorde" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "begrotingsversie" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"regio_id" uuid NOT NULL,
	"begroting_id" uuid NOT NULL,
	"versie" integer NOT NULL,
	"status" text NOT NULL,
	"toelichting" text DEFAULT '' NOT NULL,
	"vastgesteld_op" date,
	"vastgesteld_door_id" uuid,
	"besluit_referentie" text DEFAULT '' NOT NULL,
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "begrotingsversie_status" CHECK ("begrotingsversie"."status" in ('concept', 'vastgesteld', 'vervallen')),
	CONSTRAINT "vastgesteld_met_datum" CHECK ("begrotingsversie"."status" = 'concept' or "begrotingsversie"."vastgesteld_op" is not null)
);
--> statement-breakpoint
CREATE TABLE "boeking" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"regio_id" uuid NOT NULL,
	"soort" text NOT NULL,
	"datum" date NOT NULL,
	"bedrag_centen" bigint NOT NULL,
	"begrotingsregel_id" uuid NOT NULL,
	"uitkering_id" uuid NOT NULL,
	"gemeente_id" uuid,
	"organisatie_id" uuid,
	"activiteit" text DEFAULT '' NOT NULL,
	"documentreferentie" text DEFAULT '' NOT NULL,
	"omschrijving" text DEFAULT '' NOT NULL,
	"import_id" uuid,
	"import_regel" integer,
	CONSTRAINT "boeking_soort" CHECK ("boeking"."soort" in ('verplichting', 'uitgave'))
);
--> statement-breakpoint
CREATE TABLE "boekingimport" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"regio_id" uuid NOT NULL,
	"bestandsnaam" text NOT NULL,
	"sha256" text NOT NULL,
	"aantal_regels" integer NOT NULL,
	"totaal_centen" bigint NOT NULL,
	"gebruiker_id" uuid,
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "herverdeling" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"regio_id" uuid NOT NULL,
	"begroting_id" uuid NOT NULL,
	"versie_id" uuid NOT NULL,
	"nieuwe_versie_id" uuid,
	"van_regel_id" uuid NOT NULL,
	"naar_regel_id" uuid NOT NULL,
	"bedrag_centen" bigint NOT NULL,
	"overlegorgaan_id" uuid,
	"besluitdatum" date NOT NULL,
	"besluit_referentie" text DEFAULT '' NOT NULL,
	"toelichting" text DEFAULT '' NOT NULL,
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "herverdeling_positief" CHECK ("herverdeling"."bedrag_centen" > 0),
	CONSTRAINT "herverdeling_twee_regels" CHECK ("herverdeling"."van_regel_id" <> "herverdeling"."naar_regel_id")
);
--> statement-breakpoint
CREATE TABLE "uitkering" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"regio_id" uuid NOT NULL,
	"soort" text NOT NULL,
	"naam" text NOT NULL,
	"ontvanger_gemeente_id" uuid,
	"regeling" text DEFAULT '' NOT NULL,
	"eerste_jaar" integer NOT NULL,
	"laatste_jaar" integer NOT NULL,
	"voorwaarden" text DEFAULT '' NOT NULL,
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "uitkering_jaren" CHECK ("uitkering"."eerste_jaar" <= "uitkering"."laatste_jaar")
);
--> statement-breakpoint
CREATE TABLE "uitkering_bedrag" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"regio_id" uuid NOT NULL,
	"uitkering_id" uuid NOT NULL,
	"jaar" integer NOT NULL,
	"bedrag_centen" bigint NOT NULL,
	CONSTRAINT "uitkering_bedrag_niet_negatief" CHECK ("uitkering_bedrag"."bedrag_centen" >= 0)
);
--> statement-breakpoint
CREATE TABLE "verdeelsleutel" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"regio_id" uuid NOT NULL,
	"naam" text NOT NULL,
	"lokale_verdeling" text NOT NULL,
	"toelichting" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "verdeelsleutel_doel" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"regio_id" uuid NOT NULL,
	"verdeelsleutel_id" uuid NOT NULL,
	"volgorde" integer NOT NULL,
	"doel" text NOT NULL,
	"aandeel_basispunten" integer NOT NULL,
	"lokaal" boolean DEFAULT false NOT NULL,
	CONSTRAINT "doel_aandeel_bereik" CHECK ("verdeelsleutel_doel"."aandeel_basispunten" between 0 and 10000)
);
--> statement-breakpoint
CREATE TABLE "verdeelsleutel_gemeente" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"regio_id" uuid NOT NULL,
	"verdeelsleutel_id" uuid NOT NULL,
	"gemeente_id" uuid NOT NULL,
	"aandeel_basispunten" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "overlegorgaan" ADD COLUMN "herverdelingsmandaat_basispunten" integer;--> statement-breakpoint
ALTER TABLE "begroting" ADD CONSTRAINT "begroting_regio_id_regio_id_fk" FOREIGN KEY ("regio_id") REFERENCES "public"."regio"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "begroting_uitkering" ADD CONSTRAINT "begroting_uitkering_regio_id_regio_id_fk" FOREIGN KEY ("regio_id") REFERENCES "public"."regio"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "begroting_uitkering" ADD CONSTRAINT "begroting_uitkering_begroting_id_begroting_id_fk" FOREIGN KEY ("begroting_id") REFERENCES "public"."begroting"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "begroting_uitkering" ADD CONSTRAINT "begroting_uitkering_uitkering_id_uitkering_id_fk" FOREIGN KEY ("uitkering_id") REFERENCES "public"."uitkering"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "begrotingsbedrag" ADD CONSTRAINT "begrotingsbedrag_regio_id_regio_id_fk" FOREIGN KEY ("regio_id") REFERENCES "public"."regio"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "begrotingsbedrag" ADD CONSTRAINT "begrotingsbedrag_versie_id_begrotingsversie_id_fk" FOREIGN KEY ("versie_id") REFERENCES "public"."begrotingsversie"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "begrotingsbedrag" ADD CONSTRAINT "begrotingsbedrag_regel_id_begrotingsregel_id_fk" FOREIGN KEY ("regel_id") REFERENCES "public"."begrotingsregel"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "begrotingsregel" ADD CONSTRAINT "begrotingsregel_regio_id_regio_id_fk" FOREIGN KEY ("regio_id") REFERENCES "public"."regio"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "begrotingsregel" ADD CONSTRAINT "begrotingsregel_begroting_id_begroting_id_fk" FOREIGN KEY ("begroting_id") REFERENCES "public"."begroting"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "begrotingsversie" ADD CONSTRAINT "begrotingsversie_regio_id_regio_id_fk" FOREIGN KEY ("regio_id") REFERENCES "public"."regio"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "begrotingsversie" ADD CONSTRAINT "begrotingsversie_begroting_id_begroting_id_fk" FOREIGN KEY ("begroting_id") REFERENCES "public"."begroting"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "begrotingsversie" ADD CONSTRAINT "begrotingsversie_vastgesteld_door_id_overlegorgaan_id_fk" FOREIGN KEY ("vastgesteld_door_id") REFERENCES "public"."overlegorgaan"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "boeking" ADD CONSTRAINT "boeking_regio_id_regio_id_fk" FOREIGN KEY ("regio_id") REFERENCES "public"."regio"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "boeking" ADD CONSTRAINT "boeking_begrotingsregel_id_begrotingsregel_id_fk" FOREIGN KEY ("begrotingsregel_id") REFERENCES "public"."begrotingsregel"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "boeking" ADD CONSTRAINT "boeking_uitkering_id_uitkering_id_fk" FOREIGN KEY ("uitkering_id") REFERENCES "public"."uitkering"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "boeking" ADD CONSTRAINT "boeking_gemeente_id_gemeente_id_fk" FOREIGN KEY ("gemeente_id") REFERENCES "public"."gemeente"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "boeking" ADD CONSTRAINT "boeking_organisatie_id_organisatie_id_fk" FOREIGN KEY ("organisatie_id") REFERENCES "public"."organisatie"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "boeking" ADD CONSTRAINT "boeking_import_id_boekingimport_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."boekingimport"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "boekingimport" ADD CONSTRAINT "boekingimport_regio_id_regio_id_fk" FOREIGN KEY ("regio_id") REFERENCES "public"."regio"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "boekingimport" ADD CONSTRAINT "boekingimport_gebruiker_id_gebruiker_id_fk" FOREIGN KEY ("gebruiker_id") REFERENCES "public"."gebruiker"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "herverdeling" ADD CONSTRAINT "herverdeling_regio_id_regio_id_fk" FOREIGN KEY ("regio_id") REFERENCES "public"."regio"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "herverdeling" ADD CONSTRAINT "herverdeling_begroting_id_begroting_id_fk" FOREIGN KEY ("begroting_id") REFERENCES "public"."begroting"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "herverdeling" ADD CONSTRAINT "herverdeling_versie_id_begrotingsversie_id_fk" FOREIGN KEY ("versie_id") REFERENCES "public"."begrotingsversie"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "herverdeling" ADD CONSTRAINT "herverdeling_nieuwe_versie_id_begrotingsversie_id_fk" FOREIGN KEY ("nieuwe_versie_id") REFERENCES "public"."begrotingsversie"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "herverdeling" ADD CONSTRAINT "herverdeling_van_regel_id_begrotingsregel_id_fk" FOREIGN KEY ("van_regel_id") REFERENCES "public"."begrotingsregel"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "herverdeling" ADD CONSTRAINT "herverdeling_naar_regel_id_begrotingsregel_id_fk" FOREIGN KEY ("naar_regel_id") REFERENCES "public"."begrotingsregel"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "herverdeling" ADD CONSTRAINT "herverdeling_overlegorgaan_id_overlegorgaan_id_fk" FOREIGN KEY ("overlegorgaan_id") REFERENCES "public"."overlegorgaan"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "uitkering" ADD CONSTRAINT "uitkering_regio_id_regio_id_fk" FOREIGN KEY ("regio_id") REFERENCES "public"."regio"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "uitkering" ADD CONSTRAINT "uitkering_ontvanger_gemeente_id_gemeente_id_fk" FOREIGN KEY ("ontvanger_gemeente_id") REFERENCES "public"."gemeente"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "uitkering_bedrag" ADD CONSTRAINT "uitkering_bedrag_regio_id_regio_id_fk" FOREIGN KEY ("regio_id") REFERENCES "public"."regio"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "uitkering_bedrag" ADD CONSTRAINT "uitkering_bedrag_uitkering_id_uitkering_id_fk" FOREIGN KEY ("uitkering_id") REFERENCES "public"."uitkering"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verdeelsleutel" ADD CONSTRAINT "verdeelsleutel_regio_id_regio_id_fk" FOREIGN KEY ("regio_id") REFERENCES "public"."regio"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verdeelsleutel_doel" ADD CONSTRAINT "verdeelsleutel_doel_regio_id_regio_id_fk" FOREIGN KEY ("regio_id") REFERENCES "public"."regio"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verdeelsleutel_doel" ADD CONSTRAINT "verdeelsleutel_doel_verdeelsleutel_id_verdeelsleutel_id_fk" FOREIGN KEY ("verdeelsleutel_id") REFERENCES "public"."verdeelsleutel"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verdeelsleutel_gemeente" ADD CONSTRAINT "verdeelsleutel_gemeente_regio_id_regio_id_fk" FOREIGN KEY ("regio_id") REFERENCES "public"."regio"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verdeelsleutel_gemeente" ADD CONSTRAINT "verdeelsleutel_gemeente_verdeelsleutel_id_verdeelsleutel_id_fk" FOREIGN KEY ("verdeelsleutel_id") REFERENCES "public"."verdeelsleutel"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verdeelsleutel_gemeente" ADD CONSTRAINT "verdeelsleutel_gemeente_gemeente_id_gemeente_id_fk" FOREIGN KEY ("gemeente_id") REFERENCES "public"."gemeente"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "begroting_regio_jaar_naam_uniek" ON "begroting" USING btree ("regio_id","jaar","naam");--> statement-breakpoint
CREATE UNIQUE INDEX "begroting_uitkering_uniek" ON "begroting_uitkering" USING btree ("begroting_id","uitkering_id");--> statement-breakpoint
CREATE UNIQUE INDEX "begrotingsbedrag_uniek" ON "begrotingsbedrag" USING btree ("versie_id","regel_id");--> statement-breakpoint
CREATE UNIQUE INDEX "begrotingsregel_code_uniek" ON "begrotingsregel" USING btree ("begroting_id","code");--> statement-breakpoint
CREATE UNIQUE INDEX "begrotingsversie_uniek" ON "begrotingsversie" USING btree ("begroting_id","versie");--> statement-breakpoint
CREATE INDEX "boeking_regio_regel" ON "boeking" USING btree ("regio_id","begrotingsregel_id","soort");--> statement-breakpoint
CREATE INDEX "boeking_regio_datum" ON "boeking" USING btree ("regio_id","datum");--> statement-breakpoint
CREATE INDEX "boeking_document" ON "boeking" USING btree ("regio_id","documentreferentie");--> statement-breakpoint
CREATE UNIQUE INDEX "boekingimport_bestand_uniek" ON "boekingimport" USING btree ("regio_id","sha256");--> statement-breakpoint
CREATE INDEX "herverdeling_begroting" ON "herverdeling" USING btree ("begroting_id");--> statement-breakpoint
CREATE UNIQUE INDEX "uitkering_naam_uniek" ON "uitkering" USING btree ("regio_id","naam");--> statement-breakpoint
CREATE UNIQUE INDEX "uitkering_bedrag_jaar_uniek" ON "uitkering_bedrag" USING btree ("uitkering_id","jaar");--> statement-breakpoint
CREATE UNIQUE INDEX "verdeelsleutel_naam_uniek" ON "verdeelsleutel" USING btree ("regio_id","naam");--> statement-breakpoint
CREATE UNIQUE INDEX "verdeelsleutel_gemeente_uniek" ON "verdeelsleutel_gemeente" USING btree ("verdeelsleutel_id","gemeente_id");