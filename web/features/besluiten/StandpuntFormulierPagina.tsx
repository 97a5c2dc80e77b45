import { Paragraph } from '@utrecht/component-library-react';
import { useParams } from 'react-router';
import { standpuntInvoerSchema, standpuntKeuzes, type Agendapunt, type VergaderingDetail } from '../../../common/contracts/besluiten';
import { KeuzeVeld, TekstVeld, TekstvakVeld } from '../../components/formulier';
import { Formulier, FormulierPagina } from '../../components/formulier-pagina';
import { useFormulier } from '../../components/formulier-status';
import { useOnderdeel } from '../../components/regio-pagina';
import { formatDatum } from '../../format';
import { useStandpunt, useVergadering } from './besluiten.api';
import { labelVan, standpuntLabels } from './besluiten';

const labels: Record<string, string> = {
  gemeentecode: 'Gemeente',
  standpunt: 'Standpunt van het college',
  collegebesluitOp: 'Datum van het collegebesluit',
  referentie: 'Kenmerk van het collegebesluit',
  toelichting: 'Toelichting',
};

/** A college's position on a proposal before the meeting, by its own officer or alderman (or the coordinator). */
export function StandpuntFormulierPagina() {
  const { regioId, pad, kruimels, rechten } = useOnderdeel('vergaderingen');
  const { vergaderingId = '', agendapuntId = '', gemeentecode = '' } = useParams();
  const vergadering = useVergadering(regioId, vergaderingId);
  const v = vergadering.data;
  const punt = v?.agendapunten.find((a) => a.id === agendapuntId);
  const gemeente = v?.zetels.find((z) => z.stemgerechtigd && z.gemeente?.gemeentecode === gemeentecode)?.gemeente;
  const vPad = `${pad}/${vergaderingId}`;
  const titel = `Standpunt van ${gemeente?.naam ?? gemeentecode}`;
  return (
    <FormulierPagina
      titel={titel}
      kruimels={[...kruimels, { label: v?.titel ?? 'Vergadering', to: vPad }, { label: titel, to: `${vPad}/agendapunten/${agendapuntId}/standpunten/${gemeentecode}` }]}
      mag={rechten.magVoorGemeenteSpreken(gemeentecode)}
      geenRecht="Alleen de beleidsadviseur of bestuurder van deze gemeente, of de regiocoördinator, legt het standpunt van haar college vast."
      query={vergadering}
      wat="de vergadering"
    >
      {(data) =>
        !data ? null : !punt || !punt.voorstel ? (
          <Paragraph>Dit agendapunt bestaat niet of heeft geen voorstel.</Paragraph>
        ) : !gemeente ? (
          <Paragraph>Deze gemeente heeft geen stemgerechtigde zetel in {data.overlegorgaan.naam}.</Paragraph>
        ) : punt.status === 'besloten' ? (
          <Paragraph>Over “{punt.titel}” is al besloten; het standpunt verandert niet meer.</Paragraph>
        ) : (
          <StandpuntFormulier regioId={regioId} terug={vPad} vergadering={data} punt={punt} gemeente={gemeente} />
        )
      }
    </FormulierPagina>
  );
}

function StandpuntFormulier({
  regioId,
  terug,
  vergadering,
  punt,
  gemeente,
}: {
  regioId: string;
  terug: string;
  vergadering: VergaderingDetail;
  punt: Agendapunt;
  gemeente: { gemeentecode: string; naam: string };
}) {
  const bestaand = punt.standpunten.items.find((s) => s.gemeente.gemeentecode === gemeente.gemeentecode);
  const f = useFormulier({
    begin: {
      standpunt: (bestaand?.standpunt ?? '') as string,
      collegebesluitOp: bestaand?.collegebesluitOp ?? '',
      referentie: bestaand?.referentie ?? '',
      toelichting: bestaand?.toelichting ?? '',
    },
    labels,
  });
  const opslaan = useStandpunt(regioId, vergadering.id, punt.id, gemeente.gemeentecode);

  function verstuur() {
    const geldig = f.controleer(standpuntInvoerSchema, f.invoer);
    if (geldig) f.opslaan(opslaan, geldig, terug, { melding: `Het standpunt van ${gemeente.naam} over “${punt.titel}” is vastgelegd: ${labelVan(standpuntLabels, geldig.standpunt)}.` });
  }

  return (
    <Formulier formulier={f} onVerstuur={verstuur} bezig={opslaan.isPending} annulerenNaar={terug} verstuurTekst="Standpunt vastleggen">
      <Paragraph>
        Voorstel aan {vergadering.overlegorgaan.naam} van {formatDatum(vergadering.datum)}: <strong>{punt.voorstel!.omschrijving}</strong>. Het college
        bepaalt zijn standpunt vóór de vergadering; de wethouder brengt het daar in.
      </Paragraph>
      <KeuzeVeld
        {...f.veld('standpunt')}
        verplicht
        keuzes={[{ waarde: '', label: 'Kies het standpunt' }, ...standpuntKeuzes.map((s) => ({ waarde: s, label: labelVan(standpuntLabels, s) }))]}
      />
      <TekstVeld {...f.veld('collegebesluitOp')} type="date" verplicht className="invoer-kort" />
      <TekstVeld {...f.veld('referentie')} verplicht beschrijving="Het kenmerk of zaaknummer van het collegebesluit." />
      <TekstvakVeld {...f.veld('toelichting')} rows={3} />
    </Formulier>
  );
}
