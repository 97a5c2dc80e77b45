CREATE TABLE "akkoord" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"naam" text NOT NULL,
	"omschrijving" text DEFAULT '' NOT NULL,
	"ondertekend_op" date,
	"looptijd_tot" date,
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "akkoord_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "akkoord_deelname" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"akkoord_id" uuid NOT NULL,
	"partij" text NOT NULL,
	"status" text NOT NULL,
	"datum" date NOT NULL,
	"toelichting" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "taak" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"akkoord_id" uuid NOT NULL,
	"nummer" integer NOT NULL,
	"titel" text NOT NULL,
	"omschrijving" text DEFAULT '' NOT NULL,
	CONSTRAINT "taak_akkoord_nummer_uniek" UNIQUE("akkoord_id","nummer")
);
--> statement-breakpoint
CREATE TABLE "auditregel" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"regio_id" uuid,
	"gebruiker_id" uuid,
	"gebruiker_naam" text NOT NULL,
	"tijdstip" timestamp with time zone DEFAULT now() NOT NULL,
	"actie" text NOT NULL,
	"soort" text NOT NULL,
	"item_id" text NOT NULL,
	"omschrijving" text DEFAULT '' NOT NULL,
	"voor" jsonb,
	"na" jsonb
);
--> statement-breakpoint
CREATE TABLE "aanmeldpoging" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"email" text NOT NULL,
	"ip_adres" text NOT NULL,
	"tijdstip" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "api_token" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gebruiker_id" uuid NOT NULL,
	"naam" text NOT NULL,
	"token_hash" text NOT NULL,
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL,
	"laatst_gebruikt_op" timestamp with time zone,
	"ingetrokken_op" timestamp with time zone,
	CONSTRAINT "api_token_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "gebruiker" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"naam" text NOT NULL,
	"wachtwoord_hash" text NOT NULL,
	"is_beheerder" boolean DEFAULT false NOT NULL,
	"actief" boolean DEFAULT true NOT NULL,
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "gebruiker_email_unique" UNIQUE("email")
);
--> statement-breakpoint
CREATE TABLE "lidmaatschap" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gebruiker_id" uuid NOT NULL,
	"regio_id" uuid NOT NULL,
	"rol" text NOT NULL,
	"gemeente_id" uuid,
	"organisatie_id" uuid,
	CONSTRAINT "rol_geldig" CHECK ("lidmaatschap"."rol" in ('regiocoordinator', 'beleidsadviseur', 'financieel-adviseur', 'bestuurder', 'partner', 'lezer')),
	CONSTRAINT "gemeente_bij_gemeentelijke_rol" CHECK (("lidmaatschap"."rol" in ('beleidsadviseur', 'bestuurder')) = ("lidmaatschap"."gemeente_id" is not null))
);
--> statement-breakpoint
CREATE TABLE "sessie" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"token_hash" text NOT NULL,
	"gebruiker_id" uuid NOT NULL,
	"csrf_token" text NOT NULL,
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL,
	"laatst_gebruikt_op" timestamp with time zone DEFAULT now() NOT NULL,
	"verloopt_op" timestamp with time zone NOT NULL,
	CONSTRAINT "sessie_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "gemeente" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeentecode" text NOT NULL,
	"naam" text NOT NULL,
	"inwoners" integer NOT NULL,
	"bijgewerkt_op" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "gemeente_gemeentecode_unique" UNIQUE("gemeentecode"),
	CONSTRAINT "gemeentecode_formaat" CHECK ("gemeente"."gemeentecode" ~ '^GM[0-9]{4}$'),
	CONSTRAINT "inwoners_niet_negatief" CHECK ("gemeente"."inwoners" >= 0)
);
--> statement-breakpoint
CREATE TABLE "gemeente_in_regio" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"regio_id" uuid NOT NULL,
	"gemeente_id" uuid NOT NULL,
	"rol" text NOT NULL,
	"portefeuillehouder" text DEFAULT '' NOT NULL,
	"toelichting" text DEFAULT '' NOT NULL,
	CONSTRAINT "rol_geldig" CHECK ("gemeente_in_regio"."rol" in ('mandaatgemeente', 'centrumgemeente', 'regiogemeente'))
);
--> statement-breakpoint
CREATE TABLE "organisatie" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"regio_id" uuid NOT NULL,
	"naam" text NOT NULL,
	"soort" text NOT NULL,
	"website" text,
	"omschrijving" text DEFAULT '' NOT NULL,
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "overlegorgaan" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"regio_id" uuid NOT NULL,
	"naam" text NOT NULL,
	"soort" text NOT NULL,
	"omschrijving" text DEFAULT '' NOT NULL,
	"consensus_eerst" boolean DEFAULT true NOT NULL,
	"quorum_basispunten" integer DEFAULT 5000 NOT NULL,
	"meerderheid_basispunten" integer DEFAULT 5000 NOT NULL,
	"bron_besluitregels" text DEFAULT '' NOT NULL,
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "quorum_bereik" CHECK ("overlegorgaan"."quorum_basispunten" between 0 and 10000),
	CONSTRAINT "meerderheid_bereik" CHECK ("overlegorgaan"."meerderheid_basispunten" between 0 and 9999)
);
--> statement-breakpoint
CREATE TABLE "overlegorgaan_lid" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"regio_id" uuid NOT NULL,
	"overlegorgaan_id" uuid NOT NULL,
	"gemeente_id" uuid,
	"organisatie_id" uuid,
	"naam" text DEFAULT '' NOT NULL,
	"functie" text DEFAULT '' NOT NULL,
	"rol" text DEFAULT 'lid' NOT NULL,
	"stemgerechtigd" boolean DEFAULT false NOT NULL,
	CONSTRAINT "persoon_of_gemeentezetel" CHECK ("overlegorgaan_lid"."gemeente_id" is not null or "overlegorgaan_lid"."naam" <> '')
);
--> statement-breakpoint
CREATE TABLE "regio" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"naam" text NOT NULL,
	"omschrijving" text DEFAULT '' NOT NULL,
	"accentkleur" text,
	"preferente_zorgverzekeraar_id" uuid,
	"tweede_zorgverzekeraar_id" uuid,
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "regio_naam_unique" UNIQUE("naam")
);
--> statement-breakpoint
ALTER TABLE "akkoord_deelname" ADD CONSTRAINT "akkoord_deelname_akkoord_id_akkoord_id_fk" FOREIGN KEY ("akkoord_id") REFERENCES "public"."akkoord"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "taak" ADD CONSTRAINT "taak_akkoord_id_akkoord_id_fk" FOREIGN KEY ("akkoord_id") REFERENCES "public"."akkoord"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_token" ADD CONSTRAINT "api_token_gebruiker_id_gebruiker_id_fk" FOREIGN KEY ("gebruiker_id") REFERENCES "public"."gebruiker"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lidmaatschap" ADD CONSTRAINT "lidmaatschap_gebruiker_id_gebruiker_id_fk" FOREIGN KEY ("gebruiker_id") REFERENCES "public"."gebruiker"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lidmaatschap" ADD CONSTRAINT "lidmaatschap_regio_id_regio_id_fk" FOREIGN KEY ("regio_id") REFERENCES "public"."regio"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lidmaatschap" ADD CONSTRAINT "lidmaatschap_gemeente_id_gemeente_id_fk" FOREIGN KEY ("gemeente_id") REFERENCES "public"."gemeente"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lidmaatschap" ADD CONSTRAINT "lidmaatschap_organisatie_id_organisatie_id_fk" FOREIGN KEY ("organisatie_id") REFERENCES "public"."organisatie"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessie" ADD CONSTRAINT "sessie_gebruiker_id_gebruiker_id_fk" FOREIGN KEY ("gebruiker_id") REFERENCES "public"."gebruiker"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gemeente_in_regio" ADD CONSTRAINT "gemeente_in_regio_regio_id_regio_id_fk" FOREIGN KEY ("regio_id") REFERENCES "public"."regio"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gemeente_in_regio" ADD CONSTRAINT "gemeente_in_regio_gemeente_id_gemeente_id_fk" FOREIGN KEY ("gemeente_id") REFERENCES "public"."gemeente"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisatie" ADD CONSTRAINT "organisatie_regio_id_regio_id_fk" FOREIGN KEY ("regio_id") REFERENCES "public"."regio"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "overlegorgaan" ADD CONSTRAINT "overlegorgaan_regio_id_regio_id_fk" FOREIGN KEY ("regio_id") REFERENCES "public"."regio"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "overlegorgaan_lid" ADD CONSTRAINT "overlegorgaan_lid_regio_id_regio_id_fk" FOREIGN KEY ("regio_id") REFERENCES "public"."regio"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "overlegorgaan_lid" ADD CONSTRAINT "overlegorgaan_lid_overlegorgaan_id_overlegorgaan_id_fk" FOREIGN KEY ("overlegorgaan_id") REFERENCES "public"."overlegorgaan"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "overlegorgaan_lid" ADD CONSTRAINT "overlegorgaan_lid_gemeente_id_gemeente_id_fk" FOREIGN KEY ("gemeente_id") REFERENCES "public"."gemeente"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "overlegorgaan_lid" ADD CONSTRAINT "overlegorgaan_lid_organisatie_id_organisatie_id_fk" FOREIGN KEY ("organisatie_id") REFERENCES "public"."organisatie"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "regio" ADD CONSTRAINT "regio_preferente_zorgverzekeraar_id_organisatie_id_fk" FOREIGN KEY ("preferente_zorgverzekeraar_id") REFERENCES "public"."organisatie"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "regio" ADD CONSTRAINT "regio_tweede_zorgverzekeraar_id_organisatie_id_fk" FOREIGN KEY ("tweede_zorgverzekeraar_id") REFERENCES "public"."organisatie"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "auditregel_item" ON "auditregel" USING btree ("soort","item_id","id");--> statement-breakpoint
CREATE INDEX "auditregel_regio" ON "auditregel" USING btree ("regio_id","id");--> statement-breakpoint
CREATE INDEX "aanmeldpoging_email" ON "aanmeldpoging" USING btree ("email","tijdstip");--> statement-breakpoint
CREATE INDEX "aanmeldpoging_ip" ON "aanmeldpoging" USING btree ("ip_adres","tijdstip");--> statement-breakpoint
CREATE INDEX "api_token_gebruiker" ON "api_token" USING btree ("gebruiker_id");--> statement-breakpoint
CREATE UNIQUE INDEX "lidmaatschap_uniek" ON "lidmaatschap" USING btree ("gebruiker_id","regio_id","rol");--> statement-breakpoint
CREATE INDEX "sessie_gebruiker" ON "sessie" USING btree ("gebruiker_id");--> statement-breakpoint
CREATE UNIQUE INDEX "gemeente_in_regio_uniek" ON "gemeente_in_regio" USING btree ("regio_id","gemeente_id");--> statement-breakpoint
CREATE UNIQUE INDEX "een_mandaatgemeente_per_regio" ON "gemeente_in_regio" USING btree ("regio_id") WHERE "gemeente_in_regio"."rol" = 'mandaatgemeente';--> statement-breakpoint
CREATE UNIQUE INDEX "organisatie_naam_uniek" ON "organisatie" USING btree ("regio_id","naam");--> statement-breakpoint
CREATE INDEX "organisatie_regio" ON "organisatie" USING btree ("regio_id");--> statement-breakpoint
CREATE UNIQUE INDEX "overlegorgaan_naam_uniek" ON "overlegorgaan" USING btree ("regio_id","naam");--> statement-breakpoint
CREATE INDEX "overlegorgaan_lid_orgaan" ON "overlegorgaan_lid" USING btree ("overlegorgaan_id");--> statement-breakpoint
CREATE UNIQUE INDEX "een_zetel_per_gemeente" ON "overlegorgaan_lid" USING btree ("overlegorgaan_id","gemeente_id") WHERE "overlegorgaan_lid"."gemeente_id" is not null;