CREATE TABLE "plan_van_aanpak" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"regio_id" uuid NOT NULL,
	"jaar" integer NOT NULL,
	"onderdeel_code" text NOT NULL,
	"titel" text NOT NULL,
	"omschrijving" text DEFAULT '' NOT NULL,
	"overlegorgaan_id" uuid,
	"budget_centen" bigint NOT NULL,
	"status" text DEFAULT 'concept' NOT NULL,
	"ingediend_op" date,
	"beoordeeld_op" date,
	"beoordeeld_door_id" uuid,
	"besluit_referentie" text DEFAULT '' NOT NULL,
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_van_aanpak_status" CHECK ("plan_van_aanpak"."status" in ('concept', 'ingediend', 'goedgekeurd', 'afgewezen')),
	CONSTRAINT "plan_van_aanpak_budget" CHECK ("plan_van_aanpak"."budget_centen" >= 0),
	CONSTRAINT "plan_van_aanpak_ingediend_met_datum" CHECK ("plan_van_aanpak"."status" = 'concept' or "plan_van_aanpak"."ingediend_op" is not null),
	CONSTRAINT "plan_van_aanpak_beoordeeld_met_datum" CHECK ("plan_van_aanpak"."status" in ('concept', 'ingediend') or "plan_van_aanpak"."beoordeeld_op" is not null)
);
--> statement-breakpoint
CREATE TABLE "regiobeeld_indicator" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"regio_id" uuid NOT NULL,
	"code" text NOT NULL,
	"naam" text NOT NULL,
	"eenheid" text NOT NULL,
	"bron" text DEFAULT '' NOT NULL,
	"omschrijving" text DEFAULT '' NOT NULL,
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "regiobeeld_versie" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"regio_id" uuid NOT NULL,
	"versie" integer NOT NULL,
	"naam" text NOT NULL,
	"peildatum" date NOT NULL,
	"toelichting" text DEFAULT '' NOT NULL,
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "regiobeeld_versie_positief" CHECK ("regiobeeld_versie"."versie" >= 1)
);
--> statement-breakpoint
CREATE TABLE "regiobeeld_waarde" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"regio_id" uuid NOT NULL,
	"versie_id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	"gemeente_id" uuid,
	"jaar" integer NOT NULL,
	"soort" text NOT NULL,
	"scenario" text DEFAULT '' NOT NULL,
	"waarde" numeric NOT NULL,
	CONSTRAINT "regiobeeld_waarde_uniek" UNIQUE NULLS NOT DISTINCT("versie_id","indicator_id","gemeente_id","jaar","scenario"),
	CONSTRAINT "regiobeeld_waarde_soort" CHECK ("regiobeeld_waarde"."soort" in ('waargenomen', 'prognose')),
	CONSTRAINT "regiobeeld_waargenomen_zonder_scenario" CHECK ("regiobeeld_waarde"."soort" = 'prognose' or "regiobeeld_waarde"."scenario" = ''),
	CONSTRAINT "regiobeeld_waarde_jaar" CHECK ("regiobeeld_waarde"."jaar" between 1900 and 2200)
);
--> statement-breakpoint
CREATE TABLE "regioplan_thema" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"regio_id" uuid NOT NULL,
	"soort" text NOT NULL,
	"nummer" integer NOT NULL,
	"naam" text NOT NULL,
	"omschrijving" text DEFAULT '' NOT NULL,
	"kartrekker_organisatie_id" uuid,
	"kartrekker_gemeente_id" uuid,
	"kartrekker_overlegorgaan_id" uuid,
	"kartrekker_toelichting" text DEFAULT '' NOT NULL,
	"doelen" text[] DEFAULT '{}'::text[] NOT NULL,
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "regioplan_thema_soort" CHECK ("regioplan_thema"."soort" in ('opgave', 'pijler')),
	CONSTRAINT "regioplan_thema_nummer_positief" CHECK ("regioplan_thema"."nummer" >= 1)
);
--> statement-breakpoint
CREATE TABLE "regioplan_thema_indicator" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"regio_id" uuid NOT NULL,
	"thema_id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "uitvoeringsplan" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"regio_id" uuid NOT NULL,
	"jaar" integer NOT NULL,
	"versie" integer NOT NULL,
	"naam" text NOT NULL,
	"toelichting" text DEFAULT '' NOT NULL,
	"status" text NOT NULL,
	"gebaseerd_op_id" uuid,
	"vastgesteld_op" date,
	"vastgesteld_door_id" uuid,
	"besluit_id" uuid,
	"besluit_referentie" text DEFAULT '' NOT NULL,
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "uitvoeringsplan_status" CHECK ("uitvoeringsplan"."status" in ('concept', 'vastgesteld', 'vervallen')),
	CONSTRAINT "uitvoeringsplan_vastgesteld_met_datum" CHECK ("uitvoeringsplan"."status" = 'concept' or ("uitvoeringsplan"."vastgesteld_op" is not null and "uitvoeringsplan"."vastgesteld_door_id" is not null)),
	CONSTRAINT "uitvoeringsplan_versie_positief" CHECK ("uitvoeringsplan"."versie" >= 1)
);
--> statement-breakpoint
CREATE TABLE "uitvoeringsplan_onderdeel" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"regio_id" uuid NOT NULL,
	"uitvoeringsplan_id" uuid NOT NULL,
	"bovenliggend_id" uuid,
	"code" text NOT NULL,
	"taak_nummer" integer,
	"titel" text NOT NULL,
	"aanpak" text DEFAULT '' NOT NULL,
	"overlegorgaan_id" uuid,
	"voorzitter" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'niet-gestart' NOT NULL,
	"begrotingsregel_id" uuid,
	"volgorde" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "uitvoeringsplan_onderdeel_status" CHECK ("uitvoeringsplan_onderdeel"."status" in ('niet-gestart', 'in-uitvoering', 'gerealiseerd', 'vertraagd', 'niet-van-toepassing')),
	CONSTRAINT "uitvoeringsplan_onderdeel_taak" CHECK ("uitvoeringsplan_onderdeel"."taak_nummer" is null or "uitvoeringsplan_onderdeel"."taak_nummer" >= 1)
);
--> statement-breakpoint
CREATE TABLE "aanvullend_plan" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"regio_id" uuid NOT NULL,
	"titel" text NOT NULL,
	"omschrijving" text DEFAULT '' NOT NULL,
	"indiener_gemeente_id" uuid,
	"indiener_organisatie_id" uuid,
	"gevraagd_centen" bigint NOT NULL,
	"kenmerk" text NOT NULL,
	"begrotingsregel_id" uuid NOT NULL,
	"status" text NOT NULL,
	"ingediend_op" date NOT NULL,
	"toegekend_centen" bigint,
	"besluit_id" uuid,
	"besluit_datum" date,
	"besluit_overlegorgaan_id" uuid,
	"besluit_referentie" text DEFAULT '' NOT NULL,
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "aanvullend_plan_status" CHECK ("aanvullend_plan"."status" in ('ingediend', 'beoordeeld', 'goedgekeurd', 'afgewezen')),
	CONSTRAINT "aanvullend_plan_een_indiener" CHECK (("aanvullend_plan"."indiener_gemeente_id" is null) <> ("aanvullend_plan"."indiener_organisatie_id" is null)),
	CONSTRAINT "aanvullend_plan_gevraagd" CHECK ("aanvullend_plan"."gevraagd_centen" > 0),
	CONSTRAINT "aanvullend_plan_reservering" CHECK (("aanvullend_plan"."status" = 'goedgekeurd') = ("aanvullend_plan"."toegekend_centen" is not null) and coalesce("aanvullend_plan"."toegekend_centen", 1) > 0)
);
--> statement-breakpoint
CREATE TABLE "aanvullend_plan_partner" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"regio_id" uuid NOT NULL,
	"aanvullend_plan_id" uuid NOT NULL,
	"organisatie_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "beoordeling" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"regio_id" uuid NOT NULL,
	"transformatieplan_id" uuid,
	"aanvullend_plan_id" uuid,
	"organisatie_id" uuid,
	"advies" text NOT NULL,
	"toelichting" text DEFAULT '' NOT NULL,
	"datum" date NOT NULL,
	"gebruiker_id" uuid,
	"gebruiker_naam" text NOT NULL,
	CONSTRAINT "beoordeling_advies" CHECK ("beoordeling"."advies" in ('positief', 'negatief', 'aangehouden')),
	CONSTRAINT "beoordeling_een_plan" CHECK (("beoordeling"."transformatieplan_id" is not null and "beoordeling"."aanvullend_plan_id" is null and "beoordeling"."organisatie_id" is not null) or ("beoordeling"."transformatieplan_id" is null and "beoordeling"."aanvullend_plan_id" is not null))
);
--> statement-breakpoint
CREATE TABLE "beoordelingsscore" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"regio_id" uuid NOT NULL,
	"beoordeling_id" uuid NOT NULL,
	"toetsvraag_id" uuid NOT NULL,
	"score" integer NOT NULL,
	"toelichting" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "instemming" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"regio_id" uuid NOT NULL,
	"transformatieplan_id" uuid NOT NULL,
	"gemeente_id" uuid NOT NULL,
	"soort" text NOT NULL,
	"datum" date NOT NULL,
	"referentie" text DEFAULT '' NOT NULL,
	"toelichting" text DEFAULT '' NOT NULL,
	"gebruiker_id" uuid,
	"gebruiker_naam" text NOT NULL,
	CONSTRAINT "instemming_soort" CHECK ("instemming"."soort" in ('verleend', 'ingetrokken'))
);
--> statement-breakpoint
CREATE TABLE "snelle_toets" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"regio_id" uuid NOT NULL,
	"transformatieplan_id" uuid NOT NULL,
	"organisatie_id" uuid,
	"uitkomst" text NOT NULL,
	"datum" date NOT NULL,
	"toelichting" text DEFAULT '' NOT NULL,
	"gebruiker_id" uuid,
	"gebruiker_naam" text NOT NULL,
	CONSTRAINT "snelle_toets_uitkomst" CHECK ("snelle_toets"."uitkomst" in ('positief', 'negatief', 'aangehouden'))
);
--> statement-breakpoint
CREATE TABLE "toetsvraag" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"regio_id" uuid NOT NULL,
	"kader" text NOT NULL,
	"volgorde" integer NOT NULL,
	"vraag" text NOT NULL,
	"toelichting" text DEFAULT '' NOT NULL,
	"schaal_min" integer NOT NULL,
	"schaal_max" integer NOT NULL,
	CONSTRAINT "toetsvraag_kader" CHECK ("toetsvraag"."kader" in ('transformatieplan', 'aanvullend-plan')),
	CONSTRAINT "toetsvraag_schaal" CHECK ("toetsvraag"."schaal_min" < "toetsvraag"."schaal_max")
);
--> statement-breakpoint
CREATE TABLE "transformatieplan" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"regio_id" uuid NOT NULL,
	"titel" text NOT NULL,
	"omschrijving" text DEFAULT '' NOT NULL,
	"penvoerder_id" uuid NOT NULL,
	"domeinen" text[] NOT NULL,
	"doelgroep" text DEFAULT '' NOT NULL,
	"bereik" integer,
	"gemeentelijke_bijdrage_centen" bigint DEFAULT 0 NOT NULL,
	"bijdrage_voorwaarde" text DEFAULT '' NOT NULL,
	"addendum" boolean DEFAULT false NOT NULL,
	"addendum_toelichting" text DEFAULT '' NOT NULL,
	"status" text NOT NULL,
	"ingediend_bij_id" uuid,
	"standpunt" text,
	"standpunt_toelichting" text DEFAULT '' NOT NULL,
	"standpunt_besluit_id" uuid,
	"standpunt_datum" date,
	"standpunt_overlegorgaan_id" uuid,
	"standpunt_referentie" text DEFAULT '' NOT NULL,
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "transformatieplan_status" CHECK ("transformatieplan"."status" in ('idee', 'snelle-toets', 'ingediend', 'beoordeeld', 'goedgekeurd', 'afgewezen', 'in-uitvoering', 'afgerond')),
	CONSTRAINT "transformatieplan_domeinen" CHECK (cardinality("transformatieplan"."domeinen") >= 1 and "transformatieplan"."domeinen" <@ array['medisch', 'sociaal', 'ggz', 'langdurige-zorg', 'preventie']::text[]),
	CONSTRAINT "transformatieplan_standpunt" CHECK ("transformatieplan"."standpunt" is null or "transformatieplan"."standpunt" in ('steunt', 'steunt-niet', 'neutraal')),
	CONSTRAINT "transformatieplan_bereik" CHECK ("transformatieplan"."bereik" is null or "transformatieplan"."bereik" >= 0),
	CONSTRAINT "transformatieplan_bijdrage" CHECK ("transformatieplan"."gemeentelijke_bijdrage_centen" >= 0)
);
--> statement-breakpoint
CREATE TABLE "transformatieplan_financiering" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"regio_id" uuid NOT NULL,
	"transformatieplan_id" uuid NOT NULL,
	"jaar" integer NOT NULL,
	"aangevraagd_centen" bigint NOT NULL,
	"toegekend_centen" bigint,
	CONSTRAINT "transformatieplan_financiering_bedragen" CHECK ("transformatieplan_financiering"."aangevraagd_centen" >= 0 and ("transformatieplan_financiering"."toegekend_centen" is null or "transformatieplan_financiering"."toegekend_centen" >= 0))
);
--> statement-breakpoint
CREATE TABLE "transformatieplan_gemeente" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"regio_id" uuid NOT NULL,
	"transformatieplan_id" uuid NOT NULL,
	"gemeente_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "transformatieplan_partner" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"regio_id" uuid NOT NULL,
	"transformatieplan_id" uuid NOT NULL,
	"organisatie_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "transformatieplan_stap" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"regio_id" uuid NOT NULL,
	"transformatieplan_id" uuid NOT NULL,
	"van_status" text,
	"naar_status" text NOT NULL,
	"datum" date NOT NULL,
	"gebruiker_id" uuid,
	"gebruiker_naam" text NOT NULL,
	"organisatie_id" uuid,
	"toelichting" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "aanwezigheid" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"regio_id" uuid NOT NULL,
	"vergadering_id" uuid NOT NULL,
	"overlegorgaan_lid_id" uuid NOT NULL,
	"aanwezig" boolean NOT NULL
);
--> statement-breakpoint
CREATE TABLE "agendapunt" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"regio_id" uuid NOT NULL,
	"vergadering_id" uuid NOT NULL,
	"volgorde" integer NOT NULL,
	"titel" text NOT NULL,
	"toelichting" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"voorstel_soort" text,
	"beslispunt" text DEFAULT '' NOT NULL,
	"begroting_id" uuid,
	"begrotingsversie_id" uuid,
	"van_regel_id" uuid,
	"naar_regel_id" uuid,
	"bedrag_centen" bigint,
	"uitvoeringsplan_id" uuid,
	"aanvullend_plan_id" uuid,
	"goedkeuren" boolean,
	"toegekend_centen" bigint,
	"transformatieplan_id" uuid,
	"transformatieplan_standpunt" text,
	"transformatieplan_toelichting" text DEFAULT '' NOT NULL,
	"consensus_eerst" boolean,
	"quorum_basispunten" integer,
	"meerderheid_basispunten" integer,
	"stemming_geopend_op" timestamp with time zone,
	CONSTRAINT "agendapunt_status" CHECK ("agendapunt"."status" in ('open', 'in-stemming', 'besloten')),
	CONSTRAINT "agendapunt_voorstel_soort" CHECK ("agendapunt"."voorstel_soort" is null or "agendapunt"."voorstel_soort" in ('uitvoeringsplan-vaststellen', 'begroting-vaststellen', 'herverdelen', 'aanvullend-plan', 'standpunt-transformatieplan', 'overig')),
	CONSTRAINT "agendapunt_zonder_voorstel_open" CHECK ("agendapunt"."voorstel_soort" is not null or "agendapunt"."status" = 'open'),
	CONSTRAINT "agendapunt_voorstel_doel" CHECK (("agendapunt"."voorstel_soort" is distinct from 'uitvoeringsplan-vaststellen' or "agendapunt"."uitvoeringsplan_id" is not null)
        and ("agendapunt"."voorstel_soort" is distinct from 'begroting-vaststellen' or ("agendapunt"."begroting_id" is not null and "agendapunt"."begrotingsversie_id" is not null))
        and ("agendapunt"."voorstel_soort" is distinct from 'herverdelen' or ("agendapunt"."begroting_id" is not null and "agendapunt"."van_regel_id" is not null and "agendapunt"."naar_regel_id" is not null and "agendapunt"."van_regel_id" <> "agendapunt"."naar_regel_id" and "agendapunt"."bedrag_centen" > 0))
        and ("agendapunt"."voorstel_soort" is distinct from 'aanvullend-plan' or ("agendapunt"."aanvullend_plan_id" is not null and "agendapunt"."goedkeuren" is not null))
        and ("agendapunt"."voorstel_soort" is distinct from 'standpunt-transformatieplan' or ("agendapunt"."transformatieplan_id" is not null and "agendapunt"."transformatieplan_standpunt" in ('steunt', 'steunt-niet', 'neutraal')))),
	CONSTRAINT "agendapunt_regels_bij_stemming" CHECK ("agendapunt"."status" <> 'in-stemming' or ("agendapunt"."consensus_eerst" is not null and "agendapunt"."quorum_basispunten" is not null and "agendapunt"."meerderheid_basispunten" is not null)),
	CONSTRAINT "agendapunt_toegekend_niet_negatief" CHECK ("agendapunt"."toegekend_centen" is null or "agendapunt"."toegekend_centen" >= 0)
);
--> statement-breakpoint
CREATE TABLE "besluit" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"regio_id" uuid NOT NULL,
	"overlegorgaan_id" uuid NOT NULL,
	"vergadering_id" uuid NOT NULL,
	"agendapunt_id" uuid NOT NULL,
	"jaar" integer NOT NULL,
	"volgnummer" integer NOT NULL,
	"nummer" text NOT NULL,
	"datum" date NOT NULL,
	"uitkomst" text NOT NULL,
	"wijze" text NOT NULL,
	"aantal_voor" integer DEFAULT 0 NOT NULL,
	"aantal_tegen" integer DEFAULT 0 NOT NULL,
	"aantal_onthouding" integer DEFAULT 0 NOT NULL,
	"aantal_afwezig" integer DEFAULT 0 NOT NULL,
	"referentie" text NOT NULL,
	"toelichting" text DEFAULT '' NOT NULL,
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "besluit_uitkomst" CHECK ("besluit"."uitkomst" in ('aangenomen', 'verworpen')),
	CONSTRAINT "besluit_wijze" CHECK ("besluit"."wijze" in ('consensus', 'meerderheid', 'zonder-stemming'))
);
--> statement-breakpoint
CREATE TABLE "standpunt" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"regio_id" uuid NOT NULL,
	"agendapunt_id" uuid NOT NULL,
	"gemeente_id" uuid NOT NULL,
	"standpunt" text NOT NULL,
	"collegebesluit_op" date NOT NULL,
	"referentie" text NOT NULL,
	"toelichting" text DEFAULT '' NOT NULL,
	"vastgelegd_op" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "standpunt_geldig" CHECK ("standpunt"."standpunt" in ('akkoord', 'niet-akkoord', 'onthouding'))
);
--> statement-breakpoint
CREATE TABLE "stem" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"regio_id" uuid NOT NULL,
	"agendapunt_id" uuid NOT NULL,
	"gemeente_id" uuid NOT NULL,
	"aanwezig" boolean NOT NULL,
	"keuze" text,
	"uitgebracht_op" timestamp with time zone,
	CONSTRAINT "stem_keuze" CHECK ("stem"."keuze" is null or "stem"."keuze" in ('voor', 'tegen', 'onthouding')),
	CONSTRAINT "stem_alleen_aanwezig" CHECK ("stem"."keuze" is null or "stem"."aanwezig")
);
--> statement-breakpoint
CREATE TABLE "vergadering" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"regio_id" uuid NOT NULL,
	"overlegorgaan_id" uuid NOT NULL,
	"datum" date NOT NULL,
	"titel" text NOT NULL,
	"locatie" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'gepland' NOT NULL,
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "vergadering_status" CHECK ("vergadering"."status" in ('gepland', 'gehouden'))
);
--> statement-breakpoint
ALTER TABLE "begrotingsversie" ADD COLUMN "besluit_id" uuid;--> statement-breakpoint
ALTER TABLE "herverdeling" ADD COLUMN "besluit_id" uuid;--> statement-breakpoint
ALTER TABLE "plan_van_aanpak" ADD CONSTRAINT "plan_van_aanpak_regio_id_regio_id_fk" FOREIGN KEY ("regio_id") REFERENCES "public"."regio"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_van_aanpak" ADD CONSTRAINT "plan_van_aanpak_overlegorgaan_id_overlegorgaan_id_fk" FOREIGN KEY ("overlegorgaan_id") REFERENCES "public"."overlegorgaan"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_van_aanpak" ADD CONSTRAINT "plan_van_aanpak_beoordeeld_door_id_overlegorgaan_id_fk" FOREIGN KEY ("beoordeeld_door_id") REFERENCES "public"."overlegorgaan"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "regiobeeld_indicator" ADD CONSTRAINT "regiobeeld_indicator_regio_id_regio_id_fk" FOREIGN KEY ("regio_id") REFERENCES "public"."regio"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "regiobeeld_versie" ADD CONSTRAINT "regiobeeld_versie_regio_id_regio_id_fk" FOREIGN KEY ("regio_id") REFERENCES "public"."regio"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "regiobeeld_waarde" ADD CONSTRAINT "regiobeeld_waarde_regio_id_regio_id_fk" FOREIGN KEY ("regio_id") REFERENCES "public"."regio"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "regiobeeld_waarde" ADD CONSTRAINT "regiobeeld_waarde_versie_id_regiobeeld_versie_id_fk" FOREIGN KEY ("versie_id") REFERENCES "public"."regiobeeld_versie"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "regiobeeld_waarde" ADD CONSTRAINT "regiobeeld_waarde_indicator_id_regiobeeld_indicator_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."regiobeeld_indicator"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "regiobeeld_waarde" ADD CONSTRAINT "regiobeeld_waarde_gemeente_id_gemeente_id_fk" FOREIGN KEY ("gemeente_id") REFERENCES "public"."gemeente"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "regioplan_thema" ADD CONSTRAINT "regioplan_thema_regio_id_regio_id_fk" FOREIGN KEY ("regio_id") REFERENCES "public"."regio"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "regioplan_thema" ADD CONSTRAINT "regioplan_thema_kartrekker_organisatie_id_organisatie_id_fk" FOREIGN KEY ("kartrekker_organisatie_id") REFERENCES "public"."organisatie"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "regioplan_thema" ADD CONSTRAINT "regioplan_thema_kartrekker_gemeente_id_gemeente_id_fk" FOREIGN KEY ("kartrekker_gemeente_id") REFERENCES "public"."gemeente"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "regioplan_thema" ADD CONSTRAINT "regioplan_thema_kartrekker_overlegorgaan_id_overlegorgaan_id_fk" FOREIGN KEY ("kartrekker_overlegorgaan_id") REFERENCES "public"."overlegorgaan"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "regioplan_thema_indicator" ADD CONSTRAINT "regioplan_thema_indicator_regio_id_regio_id_fk" FOREIGN KEY ("regio_id") REFERENCES "public"."regio"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "regioplan_thema_indicator" ADD CONSTRAINT "regioplan_thema_indicator_thema_id_regioplan_thema_id_fk" FOREIGN KEY ("thema_id") REFERENCES "public"."regioplan_thema"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "regioplan_thema_indicator" ADD CONSTRAINT "regioplan_thema_indicator_indicator_id_regiobeeld_indicator_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."regiobeeld_indicator"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "uitvoeringsplan" ADD CONSTRAINT "uitvoeringsplan_regio_id_regio_id_fk" FOREIGN KEY ("regio_id") REFERENCES "public"."regio"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "uitvoeringsplan" ADD CONSTRAINT "uitvoeringsplan_gebaseerd_op_id_uitvoeringsplan_id_fk" FOREIGN KEY ("gebaseerd_op_id") REFERENCES "public"."uitvoeringsplan"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "uitvoeringsplan" ADD CONSTRAINT "uitvoeringsplan_vastgesteld_door_id_overlegorgaan_id_fk" FOREIGN KEY ("vastgesteld_door_id") REFERENCES "public"."overlegorgaan"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "uitvoeringsplan_onderdeel" ADD CONSTRAINT "uitvoeringsplan_onderdeel_regio_id_regio_id_fk" FOREIGN KEY ("regio_id") REFERENCES "public"."regio"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "uitvoeringsplan_onderdeel" ADD CONSTRAINT "uitvoeringsplan_onderdeel_uitvoeringsplan_id_uitvoeringsplan_id_fk" FOREIGN KEY ("uitvoeringsplan_id") REFERENCES "public"."uitvoeringsplan"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "uitvoeringsplan_onderdeel" ADD CONSTRAINT "uitvoeringsplan_onderdeel_bovenliggend_id_uitvoeringsplan_onderdeel_id_fk" FOREIGN KEY ("bovenliggend_id") REFERENCES "public"."uitvoeringsplan_onderdeel"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "uitvoeringsplan_onderdeel" ADD CONSTRAINT "uitvoeringsplan_onderdeel_overlegorgaan_id_overlegorgaan_id_fk" FOREIGN KEY ("overlegorgaan_id") REFERENCES "public"."overlegorgaan"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "uitvoeringsplan_onderdeel" ADD CONSTRAINT "uitvoeringsplan_onderdeel_begrotingsregel_id_begrotingsregel_id_fk" FOREIGN KEY ("begrotingsregel_id") REFERENCES "public"."begrotingsregel"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aanvullend_plan" ADD CONSTRAINT "aanvullend_plan_regio_id_regio_id_fk" FOREIGN KEY ("regio_id") REFERENCES "public"."regio"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aanvullend_plan" ADD CONSTRAINT "aanvullend_plan_indiener_gemeente_id_gemeente_id_fk" FOREIGN KEY ("indiener_gemeente_id") REFERENCES "public"."gemeente"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aanvullend_plan" ADD CONSTRAINT "aanvullend_plan_indiener_organisatie_id_organisatie_id_fk" FOREIGN KEY ("indiener_organisatie_id") REFERENCES "public"."organisatie"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aanvullend_plan" ADD CONSTRAINT "aanvullend_plan_begrotingsregel_id_begrotingsregel_id_fk" FOREIGN KEY ("begrotingsregel_id") REFERENCES "public"."begrotingsregel"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aanvullend_plan" ADD CONSTRAINT "aanvullend_plan_besluit_overlegorgaan_id_overlegorgaan_id_fk" FOREIGN KEY ("besluit_overlegorgaan_id") REFERENCES "public"."overlegorgaan"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aanvullend_plan_partner" ADD CONSTRAINT "aanvullend_plan_partner_regio_id_regio_id_fk" FOREIGN KEY ("regio_id") REFERENCES "public"."regio"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aanvullend_plan_partner" ADD CONSTRAINT "aanvullend_plan_partner_aanvullend_plan_id_aanvullend_plan_id_fk" FOREIGN KEY ("aanvullend_plan_id") REFERENCES "public"."aanvullend_plan"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aanvullend_plan_partner" ADD CONSTRAINT "aanvullend_plan_partner_organisatie_id_organisatie_id_fk" FOREIGN KEY ("organisatie_id") REFERENCES "public"."organisatie"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "beoordeling" ADD CONSTRAINT "beoordeling_regio_id_regio_id_fk" FOREIGN KEY ("regio_id") REFERENCES "public"."regio"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "beoordeling" ADD CONSTRAINT "beoordeling_transformatieplan_id_transformatieplan_id_fk" FOREIGN KEY ("transformatieplan_id") REFERENCES "public"."transformatieplan"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "beoordeling" ADD CONSTRAINT "beoordeling_aanvullend_plan_id_aanvullend_plan_id_fk" FOREIGN KEY ("aanvullend_plan_id") REFERENCES "public"."aanvullend_plan"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "beoordeling" ADD CONSTRAINT "beoordeling_organisatie_id_organisatie_id_fk" FOREIGN KEY ("organisatie_id") REFERENCES "public"."organisatie"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "beoordeling" ADD CONSTRAINT "beoordeling_gebruiker_id_gebruiker_id_fk" FOREIGN KEY ("gebruiker_id") REFERENCES "public"."gebruiker"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "beoordelingsscore" ADD CONSTRAINT "beoordelingsscore_regio_id_regio_id_fk" FOREIGN KEY ("regio_id") REFERENCES "public"."regio"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "beoordelingsscore" ADD CONSTRAINT "beoordelingsscore_beoordeling_id_beoordeling_id_fk" FOREIGN KEY ("beoordeling_id") REFERENCES "public"."beoordeling"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "beoordelingsscore" ADD CONSTRAINT "beoordelingsscore_toetsvraag_id_toetsvraag_id_fk" FOREIGN KEY ("toetsvraag_id") REFERENCES "public"."toetsvraag"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "instemming" ADD CONSTRAINT "instemming_regio_id_regio_id_fk" FOREIGN KEY ("regio_id") REFERENCES "public"."regio"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "instemming" ADD CONSTRAINT "instemming_transformatieplan_id_transformatieplan_id_fk" FOREIGN KEY ("transformatieplan_id") REFERENCES "public"."transformatieplan"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "instemming" ADD CONSTRAINT "instemming_gemeente_id_gemeente_id_fk" FOREIGN KEY ("gemeente_id") REFERENCES "public"."gemeente"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "instemming" ADD CONSTRAINT "instemming_gebruiker_id_gebruiker_id_fk" FOREIGN KEY ("gebruiker_id") REFERENCES "public"."gebruiker"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "snelle_toets" ADD CONSTRAINT "snelle_toets_regio_id_regio_id_fk" FOREIGN KEY ("regio_id") REFERENCES "public"."regio"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "snelle_toets" ADD CONSTRAINT "snelle_toets_transformatieplan_id_transformatieplan_id_fk" FOREIGN KEY ("transformatieplan_id") REFERENCES "public"."transformatieplan"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "snelle_toets" ADD CONSTRAINT "snelle_toets_organisatie_id_organisatie_id_fk" FOREIGN KEY ("organisatie_id") REFERENCES "public"."organisatie"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "snelle_toets" ADD CONSTRAINT "snelle_toets_gebruiker_id_gebruiker_id_fk" FOREIGN KEY ("gebruiker_id") REFERENCES "public"."gebruiker"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "toetsvraag" ADD CONSTRAINT "toetsvraag_regio_id_regio_id_fk" FOREIGN KEY ("regio_id") REFERENCES "public"."regio"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transformatieplan" ADD CONSTRAINT "transformatieplan_regio_id_regio_id_fk" FOREIGN KEY ("regio_id") REFERENCES "public"."regio"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transformatieplan" ADD CONSTRAINT "transformatieplan_penvoerder_id_organisatie_id_fk" FOREIGN KEY ("penvoerder_id") REFERENCES "public"."organisatie"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transformatieplan" ADD CONSTRAINT "transformatieplan_ingediend_bij_id_organisatie_id_fk" FOREIGN KEY ("ingediend_bij_id") REFERENCES "public"."organisatie"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transformatieplan" ADD CONSTRAINT "transformatieplan_standpunt_overlegorgaan_id_overlegorgaan_id_fk" FOREIGN KEY ("standpunt_overlegorgaan_id") REFERENCES "public"."overlegorgaan"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transformatieplan_financiering" ADD CONSTRAINT "transformatieplan_financiering_regio_id_regio_id_fk" FOREIGN KEY ("regio_id") REFERENCES "public"."regio"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transformatieplan_financiering" ADD CONSTRAINT "transformatieplan_financiering_transformatieplan_id_transformatieplan_id_fk" FOREIGN KEY ("transformatieplan_id") REFERENCES "public"."transformatieplan"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transformatieplan_gemeente" ADD CONSTRAINT "transformatieplan_gemeente_regio_id_regio_id_fk" FOREIGN KEY ("regio_id") REFERENCES "public"."regio"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transformatieplan_gemeente" ADD CONSTRAINT "transformatieplan_gemeente_transformatieplan_id_transformatieplan_id_fk" FOREIGN KEY ("transformatieplan_id") REFERENCES "public"."transformatieplan"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transformatieplan_gemeente" ADD CONSTRAINT "transformatieplan_gemeente_gemeente_id_gemeente_id_fk" FOREIGN KEY ("gemeente_id") REFERENCES "public"."gemeente"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transformatieplan_partner" ADD CONSTRAINT "transformatieplan_partner_regio_id_regio_id_fk" FOREIGN KEY ("regio_id") REFERENCES "public"."regio"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transformatieplan_partner" ADD CONSTRAINT "transformatieplan_partner_transformatieplan_id_transformatieplan_id_fk" FOREIGN KEY ("transformatieplan_id") REFERENCES "public"."transformatieplan"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transformatieplan_partner" ADD CONSTRAINT "transformatieplan_partner_organisatie_id_organisatie_id_fk" FOREIGN KEY ("organisatie_id") REFERENCES "public"."organisatie"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transformatieplan_stap" ADD CONSTRAINT "transformatieplan_stap_regio_id_regio_id_fk" FOREIGN KEY ("regio_id") REFERENCES "public"."regio"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transformatieplan_stap" ADD CONSTRAINT "transformatieplan_stap_transformatieplan_id_transformatieplan_id_fk" FOREIGN KEY ("transformatieplan_id") REFERENCES "public"."transformatieplan"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transformatieplan_stap" ADD CONSTRAINT "transformatieplan_stap_gebruiker_id_gebruiker_id_fk" FOREIGN KEY ("gebruiker_id") REFERENCES "public"."gebruiker"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transformatieplan_stap" ADD CONSTRAINT "transformatieplan_stap_organisatie_id_organisatie_id_fk" FOREIGN KEY ("organisatie_id") REFERENCES "public"."organisatie"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aanwezigheid" ADD CONSTRAINT "aanwezigheid_regio_id_regio_id_fk" FOREIGN KEY ("regio_id") REFERENCES "public"."regio"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aanwezigheid" ADD CONSTRAINT "aanwezigheid_vergadering_id_vergadering_id_fk" FOREIGN KEY ("vergadering_id") REFERENCES "public"."vergadering"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aanwezigheid" ADD CONSTRAINT "aanwezigheid_overlegorgaan_lid_id_overlegorgaan_lid_id_fk" FOREIGN KEY ("overlegorgaan_lid_id") REFERENCES "public"."overlegorgaan_lid"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agendapunt" ADD CONSTRAINT "agendapunt_regio_id_regio_id_fk" FOREIGN KEY ("regio_id") REFERENCES "public"."regio"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agendapunt" ADD CONSTRAINT "agendapunt_vergadering_id_vergadering_id_fk" FOREIGN KEY ("vergadering_id") REFERENCES "public"."vergadering"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agendapunt" ADD CONSTRAINT "agendapunt_begroting_id_begroting_id_fk" FOREIGN KEY ("begroting_id") REFERENCES "public"."begroting"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agendapunt" ADD CONSTRAINT "agendapunt_van_regel_id_begrotingsregel_id_fk" FOREIGN KEY ("van_regel_id") REFERENCES "public"."begrotingsregel"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agendapunt" ADD CONSTRAINT "agendapunt_naar_regel_id_begrotingsregel_id_fk" FOREIGN KEY ("naar_regel_id") REFERENCES "public"."begrotingsregel"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "besluit" ADD CONSTRAINT "besluit_regio_id_regio_id_fk" FOREIGN KEY ("regio_id") REFERENCES "public"."regio"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "besluit" ADD CONSTRAINT "besluit_overlegorgaan_id_overlegorgaan_id_fk" FOREIGN KEY ("overlegorgaan_id") REFERENCES "public"."overlegorgaan"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "besluit" ADD CONSTRAINT "besluit_vergadering_id_vergadering_id_fk" FOREIGN KEY ("vergadering_id") REFERENCES "public"."vergadering"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "besluit" ADD CONSTRAINT "besluit_agendapunt_id_agendapunt_id_fk" FOREIGN KEY ("agendapunt_id") REFERENCES "public"."agendapunt"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "standpunt" ADD CONSTRAINT "standpunt_regio_id_regio_id_fk" FOREIGN KEY ("regio_id") REFERENCES "public"."regio"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "standpunt" ADD CONSTRAINT "standpunt_agendapunt_id_agendapunt_id_fk" FOREIGN KEY ("agendapunt_id") REFERENCES "public"."agendapunt"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "standpunt" ADD CONSTRAINT "standpunt_gemeente_id_gemeente_id_fk" FOREIGN KEY ("gemeente_id") REFERENCES "public"."gemeente"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stem" ADD CONSTRAINT "stem_regio_id_regio_id_fk" FOREIGN KEY ("regio_id") REFERENCES "public"."regio"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stem" ADD CONSTRAINT "stem_agendapunt_id_agendapunt_id_fk" FOREIGN KEY ("agendapunt_id") REFERENCES "public"."agendapunt"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stem" ADD CONSTRAINT "stem_gemeente_id_gemeente_id_fk" FOREIGN KEY ("gemeente_id") REFERENCES "public"."gemeente"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vergadering" ADD CONSTRAINT "vergadering_regio_id_regio_id_fk" FOREIGN KEY ("regio_id") REFERENCES "public"."regio"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vergadering" ADD CONSTRAINT "vergadering_overlegorgaan_id_overlegorgaan_id_fk" FOREIGN KEY ("overlegorgaan_id") REFERENCES "public"."overlegorgaan"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "plan_van_aanpak_onderdeel" ON "plan_van_aanpak" USING btree ("regio_id","jaar","onderdeel_code");--> statement-breakpoint
CREATE UNIQUE INDEX "regiobeeld_indicator_code_uniek" ON "regiobeeld_indicator" USING btree ("regio_id","code");--> statement-breakpoint
CREATE UNIQUE INDEX "regiobeeld_versie_uniek" ON "regiobeeld_versie" USING btree ("regio_id","versie");--> statement-breakpoint
CREATE INDEX "regiobeeld_waarde_indicator" ON "regiobeeld_waarde" USING btree ("regio_id","indicator_id","versie_id");--> statement-breakpoint
CREATE UNIQUE INDEX "regioplan_thema_nummer_uniek" ON "regioplan_thema" USING btree ("regio_id","soort","nummer");--> statement-breakpoint
CREATE UNIQUE INDEX "regioplan_thema_indicator_uniek" ON "regioplan_thema_indicator" USING btree ("thema_id","indicator_id");--> statement-breakpoint
CREATE INDEX "regioplan_thema_indicator_indicator" ON "regioplan_thema_indicator" USING btree ("indicator_id");--> statement-breakpoint
CREATE UNIQUE INDEX "uitvoeringsplan_versie_uniek" ON "uitvoeringsplan" USING btree ("regio_id","jaar","versie");--> statement-breakpoint
CREATE UNIQUE INDEX "uitvoeringsplan_een_concept" ON "uitvoeringsplan" USING btree ("regio_id","jaar") WHERE "uitvoeringsplan"."status" = 'concept';--> statement-breakpoint
CREATE UNIQUE INDEX "uitvoeringsplan_een_vastgesteld" ON "uitvoeringsplan" USING btree ("regio_id","jaar") WHERE "uitvoeringsplan"."status" = 'vastgesteld';--> statement-breakpoint
CREATE UNIQUE INDEX "uitvoeringsplan_onderdeel_code_uniek" ON "uitvoeringsplan_onderdeel" USING btree ("uitvoeringsplan_id","code");--> statement-breakpoint
CREATE INDEX "uitvoeringsplan_onderdeel_plan" ON "uitvoeringsplan_onderdeel" USING btree ("regio_id","uitvoeringsplan_id");--> statement-breakpoint
CREATE UNIQUE INDEX "aanvullend_plan_kenmerk_uniek" ON "aanvullend_plan" USING btree ("regio_id","kenmerk");--> statement-breakpoint
CREATE INDEX "aanvullend_plan_regio_status" ON "aanvullend_plan" USING btree ("regio_id","status");--> statement-breakpoint
CREATE INDEX "aanvullend_plan_regel" ON "aanvullend_plan" USING btree ("regio_id","begrotingsregel_id");--> statement-breakpoint
CREATE UNIQUE INDEX "aanvullend_plan_partner_uniek" ON "aanvullend_plan_partner" USING btree ("aanvullend_plan_id","organisatie_id");--> statement-breakpoint
CREATE UNIQUE INDEX "beoordeling_transformatieplan_uniek" ON "beoordeling" USING btree ("transformatieplan_id","organisatie_id") WHERE "beoordeling"."transformatieplan_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "beoordeling_aanvullend_plan_uniek" ON "beoordeling" USING btree ("aanvullend_plan_id") WHERE "beoordeling"."aanvullend_plan_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "beoordelingsscore_uniek" ON "beoordelingsscore" USING btree ("beoordeling_id","toetsvraag_id");--> statement-breakpoint
CREATE INDEX "beoordelingsscore_vraag" ON "beoordelingsscore" USING btree ("toetsvraag_id");--> statement-breakpoint
CREATE INDEX "instemming_plan" ON "instemming" USING btree ("regio_id","transformatieplan_id","gemeente_id","id");--> statement-breakpoint
CREATE INDEX "snelle_toets_plan" ON "snelle_toets" USING btree ("regio_id","transformatieplan_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "toetsvraag_volgorde_uniek" ON "toetsvraag" USING btree ("regio_id","kader","volgorde");--> statement-breakpoint
CREATE INDEX "transformatieplan_regio_status" ON "transformatieplan" USING btree ("regio_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "transformatieplan_financiering_jaar_uniek" ON "transformatieplan_financiering" USING btree ("transformatieplan_id","jaar");--> statement-breakpoint
CREATE UNIQUE INDEX "transformatieplan_gemeente_uniek" ON "transformatieplan_gemeente" USING btree ("transformatieplan_id","gemeente_id");--> statement-breakpoint
CREATE UNIQUE INDEX "transformatieplan_partner_uniek" ON "transformatieplan_partner" USING btree ("transformatieplan_id","organisatie_id");--> statement-breakpoint
CREATE INDEX "transformatieplan_stap_plan" ON "transformatieplan_stap" USING btree ("regio_id","transformatieplan_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "aanwezigheid_uniek" ON "aanwezigheid" USING btree ("vergadering_id","overlegorgaan_lid_id");--> statement-breakpoint
CREATE INDEX "agendapunt_vergadering" ON "agendapunt" USING btree ("vergadering_id","volgorde");--> statement-breakpoint
CREATE INDEX "agendapunt_regio_begrotingsversie" ON "agendapunt" USING btree ("regio_id","begrotingsversie_id");--> statement-breakpoint
CREATE UNIQUE INDEX "besluit_agendapunt_uniek" ON "besluit" USING btree ("agendapunt_id");--> statement-breakpoint
CREATE UNIQUE INDEX "besluit_nummer_uniek" ON "besluit" USING btree ("overlegorgaan_id","jaar","volgnummer");--> statement-breakpoint
CREATE INDEX "besluit_regio_jaar" ON "besluit" USING btree ("regio_id","jaar","overlegorgaan_id");--> statement-breakpoint
CREATE UNIQUE INDEX "standpunt_uniek" ON "standpunt" USING btree ("agendapunt_id","gemeente_id");--> statement-breakpoint
CREATE UNIQUE INDEX "stem_een_per_zetel" ON "stem" USING btree ("agendapunt_id","gemeente_id");--> statement-breakpoint
CREATE INDEX "vergadering_regio_datum" ON "vergadering" USING btree ("regio_id","datum");--> statement-breakpoint
CREATE INDEX "vergadering_orgaan_datum" ON "vergadering" USING btree ("overlegorgaan_id","datum");--> statement-breakpoint
ALTER TABLE "begrotingsversie" ADD CONSTRAINT "begrotingsversie_besluit_id_besluit_id_fk" FOREIGN KEY ("besluit_id") REFERENCES "public"."besluit"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "herverdeling" ADD CONSTRAINT "herverdeling_besluit_id_besluit_id_fk" FOREIGN KEY ("besluit_id") REFERENCES "public"."besluit"("id") ON DELETE set null ON UPDATE no action;