import { Paragraph } from '@utrecht/component-library-react';
import { useParams } from 'react-router';
import {
  agendapuntCreateSchema,
  transformatieplanStandpunten,
  voorstelSoorten,
  type Agendapunt,
  type VergaderingDetail,
  type Voorstelkeuzes,
} from '../../../common/contracts/besluiten';
import { formatEuro } from '../../../common/geld';
import { KeuzeVeld, TekstVeld, TekstvakVeld, type Veldfouten } from '../../components/formulier';
import { Formulier, FormulierPagina } from '../../components/formulier-pagina';
import { useFormulier } from '../../components/formulier-status';
import { useOnderdeel } from '../../components/regio-pagina';
import { centenNaarInvoer, euroInvoerNaarCenten } from '../../format';
import { useAgendapuntBijwerken, useAgendapuntToevoegen, useVergadering, useVoorstelkeuzes } from './besluiten.api';
import { labelVan, transformatieplanStandpuntLabels, voorstelSoortLabels } from './besluiten';

const labels: Record<string, string> = {
  titel: 'Titel',
  toelichting: 'Toelichting',
  volgorde: 'Volgorde',
  voorstel: 'Voorstel',
  'voorstel.soort': 'Soort voorstel',
  'voorstel.beslispunt': 'Beslispunt',
  'voorstel.uitvoeringsplanId': 'Uitvoeringsplan',
  'voorstel.versie': 'Begrotingsversie',
  'voorstel.begrotingId': 'Begroting',
  'voorstel.vanRegelCode': 'Van regel',
  'voorstel.naarRegelCode': 'Naar regel',
  'voorstel.bedragCenten': 'Bedrag',
  'voorstel.aanvullendPlanId': 'Aanvullend plan',
  'voorstel.goedkeuren': 'Besluit over het plan',
  'voorstel.toegekendCenten': 'Toegekend bedrag',
  'voorstel.transformatieplanId': 'Transformatieplan',
  'voorstel.standpunt': 'Standpunt van de gemeenten',
  'voorstel.toelichting': 'Toelichting op het standpunt',
};

/** Adding an item to a meeting's agenda (`…/agendapunten/nieuw`) or changing an open one (`…/:agendapuntId/bewerken`). */
export function AgendapuntFormulierPagina() {
  const { regioId, pad, kruimels, rechten } = useOnderdeel('vergaderingen');
  const { vergaderingId = '', agendapuntId } = useParams();
  const vergadering = useVergadering(regioId, vergaderingId);
  const keuzes = useVoorstelkeuzes(regioId);
  const naam = vergadering.data?.titel ?? 'Vergadering';
  const punt = vergadering.data?.agendapunten.find((a) => a.id === agendapuntId);
  const vPad = `${pad}/${vergaderingId}`;
  return (
    <FormulierPagina
      titel={agendapuntId ? `${punt?.titel ?? 'Agendapunt'} bewerken` : 'Agendapunt toevoegen'}
      kruimels={[...kruimels, { label: naam, to: vPad }, agendapuntId ? { label: 'Agendapunt bewerken', to: `${vPad}/agendapunten/${agendapuntId}/bewerken` } : { label: 'Agendapunt toevoegen', to: `${vPad}/agendapunten/nieuw` }]}
      mag={rechten.magBesluitenBewerken}
      geenRecht="Alleen de regiocoördinator (het secretariaat) stelt de agenda op."
      query={vergadering}
      laden={keuzes.isPending}
      wat="de vergadering"
    >
      {(v) =>
        !v ? null : agendapuntId && !punt ? (
          <Paragraph>Dit agendapunt bestaat niet in deze vergadering.</Paragraph>
        ) : punt && punt.status !== 'open' ? (
          <Paragraph>Over “{punt.titel}” wordt gestemd of is besloten; het verandert niet meer.</Paragraph>
        ) : (
          <AgendapuntFormulier regioId={regioId} terug={vPad} vergadering={v} punt={punt} keuzes={keuzes.data ?? leeg} />
        )
      }
    </FormulierPagina>
  );
}

const leeg: Voorstelkeuzes = { conceptversies: [], begrotingen: [], uitvoeringsplannen: [], aanvullendePlannen: [], transformatieplannen: [] };

function beginwaarden(punt: Agendapunt | undefined) {
  const v = punt?.voorstel;
  return {
    titel: punt?.titel ?? '',
    toelichting: punt?.toelichting ?? '',
    volgorde: punt ? String(punt.volgorde) : '',
    soort: (v?.soort ?? '') as string,
    beslispunt: v?.beslispunt ?? '',
    uitvoeringsplanId: v?.uitvoeringsplanId ?? '',
    conceptversie: v?.soort === 'begroting-vaststellen' && v.begroting ? `${v.begroting.id}|${v.versie}` : '',
    begrotingId: v?.soort === 'herverdelen' ? (v.begroting?.id ?? '') : '',
    vanRegelCode: v?.van?.code ?? '',
    naarRegelCode: v?.naar?.code ?? '',
    bedrag: v?.bedragCenten ? centenNaarInvoer(v.bedragCenten) : '',
    aanvullendPlanId: v?.aanvullendPlanId ?? '',
    goedkeuren: v?.goedkeuren === false ? 'nee' : 'ja',
    toegekend: v?.toegekendCenten ? centenNaarInvoer(v.toegekendCenten) : '',
    transformatieplanId: v?.transformatieplanId ?? '',
    standpunt: (v?.standpunt ?? 'steunt') as string,
    standpuntToelichting: v?.standpuntToelichting ?? '',
  };
}

function AgendapuntFormulier({ regioId, terug, vergadering, punt, keuzes }: { regioId: string; terug: string; vergadering: VergaderingDetail; punt: Agendapunt | undefined; keuzes: Voorstelkeuzes }) {
  const f = useFormulier({ begin: () => beginwaarden(punt), labels });
  const toevoegen = useAgendapuntToevoegen(regioId, vergadering.id);
  const bijwerken = useAgendapuntBijwerken(regioId, vergadering.id, punt?.id ?? '');
  const i = f.invoer;
  const begroting = keuzes.begrotingen.find((b) => b.id === i.begrotingId);
  const plan = keuzes.aanvullendePlannen.find((p) => p.id === i.aanvullendPlanId);

  function voorstel(extra: Veldfouten) {
    const bedrag = (tekst: string, veld: string) => {
      const c = euroInvoerNaarCenten(tekst);
      if (c === null) extra[veld] = 'Vul een bedrag in euro in, zoals 10.000 of 1.234,56';
      return c ?? 0;
    };
    const beslispunt = i.beslispunt.trim() ? { beslispunt: i.beslispunt } : {};
    switch (i.soort) {
      case '':
        return null;
      case 'uitvoeringsplan-vaststellen':
        return { soort: i.soort, uitvoeringsplanId: i.uitvoeringsplanId, ...beslispunt };
      case 'begroting-vaststellen': {
        const [begrotingId = '', versie = ''] = i.conceptversie.split('|');
        if (!i.conceptversie) extra['voorstel.versie'] = 'Kies de conceptversie die wordt vastgesteld';
        return { soort: i.soort, begrotingId, versie: Number(versie), ...beslispunt };
      }
      case 'herverdelen':
        return { soort: i.soort, begrotingId: i.begrotingId, vanRegelCode: i.vanRegelCode, naarRegelCode: i.naarRegelCode, bedragCenten: bedrag(i.bedrag, 'voorstel.bedragCenten'), ...beslispunt };
      case 'aanvullend-plan':
        return {
          soort: i.soort,
          aanvullendPlanId: i.aanvullendPlanId,
          goedkeuren: i.goedkeuren === 'ja',
          ...(i.goedkeuren === 'ja' && i.toegekend.trim() ? { toegekendCenten: bedrag(i.toegekend, 'voorstel.toegekendCenten') } : {}),
          ...beslispunt,
        };
      case 'standpunt-transformatieplan':
        return { soort: i.soort, transformatieplanId: i.transformatieplanId, standpunt: i.standpunt, toelichting: i.standpuntToelichting, ...beslispunt };
      default:
        return { soort: i.soort, beslispunt: i.beslispunt };
    }
  }

  function verstuur() {
    const extra: Veldfouten = {};
    const waarden = {
      titel: i.titel,
      toelichting: i.toelichting,
      ...(i.volgorde.trim() ? { volgorde: Number(i.volgorde) } : {}),
      voorstel: voorstel(extra),
    };
    const geldig = f.controleer(agendapuntCreateSchema, waarden, extra);
    if (!geldig) return;
    if (punt) f.opslaan(bijwerken, geldig, terug, { melding: `“${geldig.titel}” is gewijzigd.` });
    else f.opslaan(toevoegen, geldig, terug, { melding: `“${geldig.titel}” staat op de agenda.` });
  }

  const kies = (tekst: string) => ({ waarde: '', label: tekst });
  const regels = [kies('Kies een regel'), ...(begroting?.regels ?? []).map((r) => ({ waarde: r.code, label: `${r.omschrijving} (${formatEuro(r.bedragCenten)})` }))];
  return (
    <Formulier formulier={f} onVerstuur={verstuur} bezig={toevoegen.isPending || bijwerken.isPending} annulerenNaar={terug} verstuurTekst={punt ? 'Opslaan' : 'Agendapunt toevoegen'}>
      <TekstVeld {...f.veld('titel')} verplicht />
      <TekstvakVeld {...f.veld('toelichting')} rows={3} />
      <TekstVeld {...f.veld('volgorde')} inputMode="numeric" className="invoer-code" beschrijving="De plaats op de agenda; leeg: achteraan." />
      <KeuzeVeld
        {...f.veld('soort', 'voorstel.soort')}
        beschrijving={`Wat ${vergadering.overlegorgaan.naam} wordt gevraagd te besluiten. Een besluit past het voorstel meteen toe.`}
        keuzes={[kies('Geen voorstel (ter bespreking of informatie)'), ...voorstelSoorten.map((s) => ({ waarde: s, label: labelVan(voorstelSoortLabels, s) }))]}
      />
      {i.soort === 'uitvoeringsplan-vaststellen' ? (
        <KeuzeVeld
          {...f.veld('uitvoeringsplanId', 'voorstel.uitvoeringsplanId')}
          verplicht
          keuzes={[kies(keuzes.uitvoeringsplannen.length ? 'Kies een conceptplan' : 'Er is geen uitvoeringsplan in concept'), ...keuzes.uitvoeringsplannen.map((p) => ({ waarde: p.id, label: p.naam }))]}
        />
      ) : null}
      {i.soort === 'begroting-vaststellen' ? (
        <KeuzeVeld
          {...f.veld('conceptversie', 'voorstel.versie')}
          verplicht
          beschrijving="Alleen een conceptversie kan worden vastgesteld; bij het besluit wordt het plafond van de uitkeringen opnieuw getoetst."
          keuzes={[
            kies(keuzes.conceptversies.length ? 'Kies een conceptversie' : 'Er is geen conceptversie; maak er een bij de begroting'),
            ...keuzes.conceptversies.map((c) => ({ waarde: `${c.begrotingId}|${c.versie}`, label: `${c.begrotingNaam}, versie ${c.versie} (${formatEuro(c.totaalCenten)} van ${formatEuro(c.plafondCenten)})` })),
          ]}
        />
      ) : null}
      {i.soort === 'herverdelen' ? (
        <>
          <KeuzeVeld
            {...f.veld('begrotingId', 'voorstel.begrotingId')}
            verplicht
            keuzes={[kies('Kies een vastgestelde begroting'), ...keuzes.begrotingen.map((b) => ({ waarde: b.id, label: `${b.naam} (${b.jaar})` }))]}
          />
          <KeuzeVeld {...f.veld('vanRegelCode', 'voorstel.vanRegelCode')} verplicht keuzes={regels} />
          <KeuzeVeld {...f.veld('naarRegelCode', 'voorstel.naarRegelCode')} verplicht keuzes={regels} />
          <TekstVeld
            {...f.veld('bedrag', 'voorstel.bedragCenten')}
            verplicht
            inputMode="decimal"
            className="invoer-kort"
            beschrijving="In euro. De Kerngroep herverdeelt binnen haar mandaat; daarboven besluit het PHO met een nieuwe versie van de begroting."
          />
        </>
      ) : null}
      {i.soort === 'aanvullend-plan' ? (
        <>
          <KeuzeVeld
            {...f.veld('aanvullendPlanId', 'voorstel.aanvullendPlanId')}
            verplicht
            keuzes={[kies(keuzes.aanvullendePlannen.length ? 'Kies een aanvullend plan' : 'Er is geen aanvullend plan om over te besluiten'), ...keuzes.aanvullendePlannen.map((p) => ({ waarde: p.id, label: `${p.titel} (gevraagd ${formatEuro(p.gevraagdCenten)})` }))]}
          />
          <KeuzeVeld {...f.veld('goedkeuren', 'voorstel.goedkeuren')} keuzes={[{ waarde: 'ja', label: 'Goedkeuren' }, { waarde: 'nee', label: 'Afwijzen' }]} />
          {i.goedkeuren === 'ja' ? (
            <TekstVeld
              {...f.veld('toegekend', 'voorstel.toegekendCenten')}
              inputMode="decimal"
              className="invoer-kort"
              beschrijving={plan ? `Leeg: het gevraagde bedrag, ${formatEuro(plan.gevraagdCenten)}.` : 'Leeg: het gevraagde bedrag.'}
            />
          ) : null}
        </>
      ) : null}
      {i.soort === 'standpunt-transformatieplan' ? (
        <>
          <KeuzeVeld
            {...f.veld('transformatieplanId', 'voorstel.transformatieplanId')}
            verplicht
            keuzes={[kies('Kies een transformatieplan'), ...keuzes.transformatieplannen.map((p) => ({ waarde: p.id, label: p.titel }))]}
          />
          <KeuzeVeld {...f.veld('standpunt', 'voorstel.standpunt')} verplicht keuzes={transformatieplanStandpunten.map((s) => ({ waarde: s, label: labelVan(transformatieplanStandpuntLabels, s) }))} />
          <TekstvakVeld {...f.veld('standpuntToelichting', 'voorstel.toelichting')} verplicht rows={3} />
        </>
      ) : null}
      {i.soort ? (
        <TekstvakVeld
          {...f.veld('beslispunt', 'voorstel.beslispunt')}
          verplicht={i.soort === 'overig'}
          rows={3}
          beschrijving="Wat er wordt besloten, in woorden. Bijvoorbeeld: Het PHO stelt versie 2 van de begroting 2024 vast."
        />
      ) : null}
    </Formulier>
  );
}
