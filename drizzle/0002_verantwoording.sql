CREATE TABLE "activiteit" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"regio_id" uuid NOT NULL,
	"naam" text NOT NULL,
	"kosten_centen" bigint NOT NULL,
	CONSTRAINT "activiteit_kosten" CHECK ("activiteit"."kosten_centen" >= 0)
);
--> statement-breakpoint
CREATE TABLE "doorbetaling" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"regio_id" uuid NOT NULL,
	"uitkering_id" uuid NOT NULL,
	"ontvanger_gemeente_id" uuid NOT NULL,
	"datum" date NOT NULL,
	"bedrag_centen" bigint NOT NULL,
	"kenmerk" text DEFAULT '' NOT NULL,
	"toelichting" text DEFAULT '' NOT NULL,
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "doorbetaling_positief" CHECK ("doorbetaling"."bedrag_centen" > 0)
);
--> statement-breakpoint
CREATE TABLE "scenario" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"regio_id" uuid NOT NULL,
	"naam" text NOT NULL,
	"toelichting" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "scenario_aanname" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"regio_id" uuid NOT NULL,
	"scenario_id" uuid NOT NULL,
	"uitkering_id" uuid NOT NULL,
	"soort" text NOT NULL,
	"vanaf_jaar" integer NOT NULL,
	"basispunten" integer,
	"bedrag_centen" bigint,
	CONSTRAINT "aanname_soort" CHECK ("scenario_aanname"."soort" in ('voortzetting', 'korting', 'nieuw-bedrag', 'beeindiging'))
);
--> statement-breakpoint
CREATE TABLE "sisa_indicator" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"regeling" text NOT NULL,
	"jaar" integer NOT NULL,
	"code" text NOT NULL,
	"label" text NOT NULL,
	"controle" text NOT NULL,
	"grootheid" text NOT NULL,
	"volgorde" integer NOT NULL,
	CONSTRAINT "sisa_grootheid" CHECK ("sisa_indicator"."grootheid" in ('besteding-jaar', 'overige-besteding', 'cumulatief', 'toelichting-afwijking', 'eindverantwoording'))
);
--> statement-breakpoint
CREATE TABLE "sisa_opgave" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"regio_id" uuid NOT NULL,
	"uitkering_id" uuid NOT NULL,
	"gemeente_id" uuid NOT NULL,
	"jaar" integer NOT NULL,
	"overige_besteding_centen" bigint DEFAULT 0 NOT NULL,
	"toelichting_afwijking" text DEFAULT '' NOT NULL,
	"eindverantwoording" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "structurele_verplichting" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"regio_id" uuid NOT NULL,
	"omschrijving" text NOT NULL,
	"bedrag_per_jaar_centen" bigint NOT NULL,
	"vanaf_jaar" integer NOT NULL,
	"tot_jaar" integer,
	CONSTRAINT "verplichting_bedrag" CHECK ("structurele_verplichting"."bedrag_per_jaar_centen" >= 0)
);
--> statement-breakpoint
ALTER TABLE "boeking" ADD COLUMN "documentbedrag_centen" bigint;--> statement-breakpoint
ALTER TABLE "activiteit" ADD CONSTRAINT "activiteit_regio_id_regio_id_fk" FOREIGN KEY ("regio_id") REFERENCES "public"."regio"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "doorbetaling" ADD CONSTRAINT "doorbetaling_regio_id_regio_id_fk" FOREIGN KEY ("regio_id") REFERENCES "public"."regio"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "doorbetaling" ADD CONSTRAINT "doorbetaling_uitkering_id_uitkering_id_fk" FOREIGN KEY ("uitkering_id") REFERENCES "public"."uitkering"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "doorbetaling" ADD CONSTRAINT "doorbetaling_ontvanger_gemeente_id_gemeente_id_fk" FOREIGN KEY ("ontvanger_gemeente_id") REFERENCES "public"."gemeente"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scenario" ADD CONSTRAINT "scenario_regio_id_regio_id_fk" FOREIGN KEY ("regio_id") REFERENCES "public"."regio"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scenario_aanname" ADD CONSTRAINT "scenario_aanname_regio_id_regio_id_fk" FOREIGN KEY ("regio_id") REFERENCES "public"."regio"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scenario_aanname" ADD CONSTRAINT "scenario_aanname_scenario_id_scenario_id_fk" FOREIGN KEY ("scenario_id") REFERENCES "public"."scenario"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scenario_aanname" ADD CONSTRAINT "scenario_aanname_uitkering_id_uitkering_id_fk" FOREIGN KEY ("uitkering_id") REFERENCES "public"."uitkering"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sisa_opgave" ADD CONSTRAINT "sisa_opgave_regio_id_regio_id_fk" FOREIGN KEY ("regio_id") REFERENCES "public"."regio"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sisa_opgave" ADD CONSTRAINT "sisa_opgave_uitkering_id_uitkering_id_fk" FOREIGN KEY ("uitkering_id") REFERENCES "public"."uitkering"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sisa_opgave" ADD CONSTRAINT "sisa_opgave_gemeente_id_gemeente_id_fk" FOREIGN KEY ("gemeente_id") REFERENCES "public"."gemeente"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "structurele_verplichting" ADD CONSTRAINT "structurele_verplichting_regio_id_regio_id_fk" FOREIGN KEY ("regio_id") REFERENCES "public"."regio"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "activiteit_naam_uniek" ON "activiteit" USING btree ("regio_id","naam");--> statement-breakpoint
CREATE INDEX "doorbetaling_regio" ON "doorbetaling" USING btree ("regio_id","datum");--> statement-breakpoint
CREATE UNIQUE INDEX "scenario_naam_uniek" ON "scenario" USING btree ("regio_id","naam");--> statement-breakpoint
CREATE UNIQUE INDEX "sisa_indicator_uniek" ON "sisa_indicator" USING btree ("regeling","jaar","code");--> statement-breakpoint
CREATE UNIQUE INDEX "sisa_opgave_uniek" ON "sisa_opgave" USING btree ("uitkering_id","gemeente_id","jaar");