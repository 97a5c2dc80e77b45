CREATE TABLE "indicator" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"regio_id" uuid NOT NULL,
	"code" text NOT NULL,
	"naam" text NOT NULL,
	"omschrijving" text DEFAULT '' NOT NULL,
	"niveau" text NOT NULL,
	"eenheid" text NOT NULL,
	"richting" text NOT NULL,
	"cumulatief" boolean NOT NULL,
	"meetfrequentie" text NOT NULL,
	"geografie" text NOT NULL,
	"bron" text DEFAULT '' NOT NULL,
	"nulmeting_waarde" numeric,
	"nulmeting_periode" text,
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL,
	"gewijzigd_op" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "indicator_niveau" CHECK ("indicator"."niveau" in ('proces', 'beweging', 'doelgroepen')),
	CONSTRAINT "indicator_richting" CHECK ("indicator"."richting" in ('hoger-is-beter', 'lager-is-beter')),
	CONSTRAINT "indicator_meetfrequentie" CHECK ("indicator"."meetfrequentie" in ('kwartaal', 'halfjaar', 'jaar')),
	CONSTRAINT "indicator_geografie" CHECK ("indicator"."geografie" in ('regio', 'gemeente'))
);
--> statement-breakpoint
CREATE TABLE "meetperiode" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"regio_id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	"periode" text NOT NULL,
	"vergrendeld" boolean DEFAULT false NOT NULL,
	"vergrendeld_op" timestamp with time zone,
	"vergrendeld_door" text
);
--> statement-breakpoint
CREATE TABLE "meting" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"regio_id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	"periode" text NOT NULL,
	"periode_begin" date NOT NULL,
	"periode_eind" date NOT NULL,
	"gemeente_id" uuid,
	"waarde" numeric NOT NULL,
	"bron" text NOT NULL,
	"peildatum" date NOT NULL,
	"toelichting" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'concept' NOT NULL,
	"ingevoerd_door_id" uuid,
	"ingevoerd_door" text NOT NULL,
	"goedgekeurd_door_id" uuid,
	"goedgekeurd_door" text,
	"goedgekeurd_op" timestamp with time zone,
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL,
	"gewijzigd_op" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meting_uniek" UNIQUE NULLS NOT DISTINCT("indicator_id","periode","gemeente_id"),
	CONSTRAINT "meting_status" CHECK ("meting"."status" in ('concept', 'goedgekeurd')),
	CONSTRAINT "meting_goedkeuring" CHECK (("meting"."status" = 'goedgekeurd') = ("meting"."goedgekeurd_op" is not null))
);
--> statement-breakpoint
CREATE TABLE "streefwaarde" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"regio_id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	"periode" text NOT NULL,
	"periode_begin" date NOT NULL,
	"periode_eind" date NOT NULL,
	"gemeente_id" uuid,
	"waarde" numeric NOT NULL,
	"gewijzigd_op" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "streefwaarde_uniek" UNIQUE NULLS NOT DISTINCT("indicator_id","periode","gemeente_id")
);
--> statement-breakpoint
CREATE TABLE "voortgangsrapportage" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"regio_id" uuid NOT NULL,
	"periode" text NOT NULL,
	"volgnummer" integer NOT NULL,
	"titel" text NOT NULL,
	"toelichting" text DEFAULT '' NOT NULL,
	"peildatum" date NOT NULL,
	"bevroren_op" timestamp with time zone DEFAULT now() NOT NULL,
	"bevroren_door" text NOT NULL,
	"inhoud" json NOT NULL,
	"inhoud_hash" text NOT NULL,
	CONSTRAINT "voortgangsrapportage_hash" CHECK ("voortgangsrapportage"."inhoud_hash" ~ '^[0-9a-f]{64}$')
);
--> statement-breakpoint
ALTER TABLE "indicator" ADD CONSTRAINT "indicator_regio_id_regio_id_fk" FOREIGN KEY ("regio_id") REFERENCES "public"."regio"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetperiode" ADD CONSTRAINT "meetperiode_regio_id_regio_id_fk" FOREIGN KEY ("regio_id") REFERENCES "public"."regio"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetperiode" ADD CONSTRAINT "meetperiode_indicator_id_indicator_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicator"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meting" ADD CONSTRAINT "meting_regio_id_regio_id_fk" FOREIGN KEY ("regio_id") REFERENCES "public"."regio"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meting" ADD CONSTRAINT "meting_indicator_id_indicator_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicator"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meting" ADD CONSTRAINT "meting_gemeente_id_gemeente_id_fk" FOREIGN KEY ("gemeente_id") REFERENCES "public"."gemeente"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meting" ADD CONSTRAINT "meting_ingevoerd_door_id_gebruiker_id_fk" FOREIGN KEY ("ingevoerd_door_id") REFERENCES "public"."gebruiker"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meting" ADD CONSTRAINT "meting_goedgekeurd_door_id_gebruiker_id_fk" FOREIGN KEY ("goedgekeurd_door_id") REFERENCES "public"."gebruiker"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "streefwaarde" ADD CONSTRAINT "streefwaarde_regio_id_regio_id_fk" FOREIGN KEY ("regio_id") REFERENCES "public"."regio"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "streefwaarde" ADD CONSTRAINT "streefwaarde_indicator_id_indicator_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicator"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "streefwaarde" ADD CONSTRAINT "streefwaarde_gemeente_id_gemeente_id_fk" FOREIGN KEY ("gemeente_id") REFERENCES "public"."gemeente"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voortgangsrapportage" ADD CONSTRAINT "voortgangsrapportage_regio_id_regio_id_fk" FOREIGN KEY ("regio_id") REFERENCES "public"."regio"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "indicator_code_uniek" ON "indicator" USING btree ("regio_id","code");--> statement-breakpoint
CREATE UNIQUE INDEX "meetperiode_uniek" ON "meetperiode" USING btree ("indicator_id","periode");--> statement-breakpoint
CREATE INDEX "meting_regio_indicator" ON "meting" USING btree ("regio_id","indicator_id","periode_begin");--> statement-breakpoint
CREATE INDEX "streefwaarde_regio" ON "streefwaarde" USING btree ("regio_id","indicator_id","periode_eind");--> statement-breakpoint
CREATE UNIQUE INDEX "voortgangsrapportage_uniek" ON "voortgangsrapportage" USING btree ("regio_id","periode","volgnummer");--> statement-breakpoint
-- A progress report is frozen: it may be added and (with its region) removed, never changed.
CREATE FUNCTION voortgangsrapportage_onveranderlijk() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'Een voortgangsrapportage is bevroren en kan niet worden gewijzigd' USING ERRCODE = 'check_violation';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER voortgangsrapportage_onveranderlijk BEFORE UPDATE ON "voortgangsrapportage" FOR EACH ROW EXECUTE FUNCTION voortgangsrapportage_onveranderlijk();
