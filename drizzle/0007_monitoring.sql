CREATE TABLE "afspraak" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"akkoord_id" uuid NOT NULL,
	"code" text NOT NULL,
	"titel" text NOT NULL,
	"omschrijving" text DEFAULT '' NOT NULL,
	"thema" text NOT NULL,
	"verantwoordelijke_partij" text DEFAULT '' NOT NULL,
	"gemeentelijke_rol" text DEFAULT '' NOT NULL,
	"deadline" date,
	"volgorde" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "afspraak_thema" CHECK ("afspraak"."thema" in ('regionale samenwerking', 'acute en cruciale zorg', 'GGZ–huisarts–sociaal domein', 'eerstelijnszorg', 'ketenaanpakken', 'e-health en hybride zorg', 'kennisfunctie GGD', 'arbeidsmarkt'))
);
--> statement-breakpoint
CREATE TABLE "afspraak_status" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"regio_id" uuid NOT NULL,
	"afspraak_id" uuid NOT NULL,
	"status" text NOT NULL,
	"eigenaar" text DEFAULT '' NOT NULL,
	"eigenaar_gemeente_id" uuid,
	"eigenaar_organisatie_id" uuid,
	"bewijs" text DEFAULT '' NOT NULL,
	"bewijs_links" text[] DEFAULT '{}'::text[] NOT NULL,
	"toelichting" text DEFAULT '' NOT NULL,
	"gewijzigd_op" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "afspraak_status_waarde" CHECK ("afspraak_status"."status" in ('niet-gestart', 'in-uitvoering', 'gerealiseerd', 'vertraagd', 'niet-van-toepassing'))
);
--> statement-breakpoint
CREATE TABLE "ketenaanpak" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"naam" text NOT NULL,
	"omschrijving" text DEFAULT '' NOT NULL,
	"volgorde" integer NOT NULL,
	CONSTRAINT "ketenaanpak_code_unique" UNIQUE("code"),
	CONSTRAINT "ketenaanpak_code_formaat" CHECK ("ketenaanpak"."code" ~ '^[a-z0-9-]+$')
);
--> statement-breakpoint
CREATE TABLE "ketenaanpak_gemeente" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"regio_id" uuid NOT NULL,
	"ketenaanpak_id" uuid NOT NULL,
	"gemeente_id" uuid NOT NULL,
	"niveau" text NOT NULL,
	"coordinator_organisatie_id" uuid,
	"coordinator_naam" text DEFAULT '' NOT NULL,
	"interventie" text DEFAULT '' NOT NULL,
	"verwijsroutes" text DEFAULT '' NOT NULL,
	"notities" text DEFAULT '' NOT NULL,
	"bijgewerkt_op" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ketenaanpak_niveau_geldig" CHECK ("ketenaanpak_gemeente"."niveau" in ('regionaal', 'subregionaal', 'lokaal', 'in-voorbereiding', 'niet-gestart'))
);
--> statement-breakpoint
ALTER TABLE "afspraak" ADD CONSTRAINT "afspraak_akkoord_id_akkoord_id_fk" FOREIGN KEY ("akkoord_id") REFERENCES "public"."akkoord"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "afspraak_status" ADD CONSTRAINT "afspraak_status_regio_id_regio_id_fk" FOREIGN KEY ("regio_id") REFERENCES "public"."regio"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "afspraak_status" ADD CONSTRAINT "afspraak_status_afspraak_id_afspraak_id_fk" FOREIGN KEY ("afspraak_id") REFERENCES "public"."afspraak"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "afspraak_status" ADD CONSTRAINT "afspraak_status_eigenaar_gemeente_id_gemeente_id_fk" FOREIGN KEY ("eigenaar_gemeente_id") REFERENCES "public"."gemeente"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "afspraak_status" ADD CONSTRAINT "afspraak_status_eigenaar_organisatie_id_organisatie_id_fk" FOREIGN KEY ("eigenaar_organisatie_id") REFERENCES "public"."organisatie"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ketenaanpak_gemeente" ADD CONSTRAINT "ketenaanpak_gemeente_regio_id_regio_id_fk" FOREIGN KEY ("regio_id") REFERENCES "public"."regio"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ketenaanpak_gemeente" ADD CONSTRAINT "ketenaanpak_gemeente_ketenaanpak_id_ketenaanpak_id_fk" FOREIGN KEY ("ketenaanpak_id") REFERENCES "public"."ketenaanpak"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ketenaanpak_gemeente" ADD CONSTRAINT "ketenaanpak_gemeente_gemeente_id_gemeente_id_fk" FOREIGN KEY ("gemeente_id") REFERENCES "public"."gemeente"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ketenaanpak_gemeente" ADD CONSTRAINT "ketenaanpak_gemeente_coordinator_organisatie_id_organisatie_id_fk" FOREIGN KEY ("coordinator_organisatie_id") REFERENCES "public"."organisatie"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "afspraak_code_uniek" ON "afspraak" USING btree ("akkoord_id","code");--> statement-breakpoint
CREATE UNIQUE INDEX "afspraak_status_uniek" ON "afspraak_status" USING btree ("regio_id","afspraak_id");--> statement-breakpoint
CREATE INDEX "afspraak_status_regio_status" ON "afspraak_status" USING btree ("regio_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "ketenaanpak_gemeente_uniek" ON "ketenaanpak_gemeente" USING btree ("regio_id","ketenaanpak_id","gemeente_id");--> statement-breakpoint
CREATE INDEX "ketenaanpak_gemeente_regio" ON "ketenaanpak_gemeente" USING btree ("regio_id","gemeente_id");