import { useParams } from 'react-router';
import { vensterVraagInvoerSchema, type VensterVraag } from '../../../common/contracts/venster';
import { TekstVeld } from '../../components/formulier';
import { Formulier, FormulierPagina } from '../../components/formulier-pagina';
import { alleenGewijzigd, useFormulier } from '../../components/formulier-status';
import { DetailActies, useOnderdeel } from '../../components/regio-pagina';
import { useVensterVraag, useVraagBijwerken, useVraagToevoegen, useVraagVerwijderen } from './venster.api';

const labels: Record<string, string> = { jaar: 'Jaar', vraag: 'Vraag', volgorde: 'Volgorde', schaalMin: 'Schaal van', schaalMax: 'Schaal tot en met' };

/** Adding (`venster/nieuw`) or editing (`venster/vragen/:id/bewerken`) a question, for the coordinator. */
export function VensterVraagFormulierPagina() {
  const { regioId, pad, kruimels, rechten } = useOnderdeel('venster');
  const { vraagId } = useParams();
  const vraag = useVensterVraag(regioId, vraagId);
  return (
    <FormulierPagina
      titel={vraagId ? 'Vraag bewerken' : 'Vraag toevoegen'}
      kruimels={[...kruimels, { label: vraagId ? 'Vraag bewerken' : 'Vraag toevoegen', to: vraagId ? `${pad}/vragen/${vraagId}/bewerken` : `${pad}/nieuw` }]}
      mag={rechten.magMonitoringBewerken}
      geenRecht="Alleen de regiocoördinator beheert de vragen van het Venster."
      query={vraagId ? vraag : undefined}
      wat="de vraag"
    >
      {(v) => <VraagFormulier regioId={regioId} pad={pad} vraag={v} />}
    </FormulierPagina>
  );
}

function VraagFormulier({ regioId, pad, vraag: v }: { regioId: string; pad: string; vraag: VensterVraag | undefined }) {
  const begin = {
    jaar: String(v?.jaar ?? new Date().getFullYear()),
    vraag: v?.vraag ?? '',
    volgorde: String(v?.volgorde ?? 1),
    schaalMin: String(v?.schaalMin ?? 1),
    schaalMax: String(v?.schaalMax ?? 10),
  };
  const f = useFormulier({ begin, labels, conflictVeld: 'vraag' });
  const toevoegen = useVraagToevoegen(regioId);
  const bijwerken = useVraagBijwerken(regioId, v?.id ?? '');
  const verwijderen = useVraagVerwijderen(regioId, v?.id ?? '');
  const getal = (w: string) => (w.trim() === '' ? undefined : Number(w));
  const terug = `${pad}?jaar=${v?.jaar ?? f.invoer.jaar}`;

  function verstuur() {
    const waarden = { jaar: getal(f.invoer.jaar), vraag: f.invoer.vraag, volgorde: getal(f.invoer.volgorde), schaalMin: getal(f.invoer.schaalMin), schaalMax: getal(f.invoer.schaalMax) };
    const geldig = f.controleer(vensterVraagInvoerSchema, waarden);
    if (!geldig) return;
    if (v) {
      const { jaar: _jaar, ...wijziging } = alleenGewijzigd(geldig, v);
      f.opslaan(bijwerken, wijziging, terug, { melding: 'De vraag is bijgewerkt.' });
    } else f.opslaan(toevoegen, geldig, `${pad}?jaar=${geldig.jaar}`, { melding: 'De vraag is toegevoegd.' });
  }

  return (
    <>
      {v && v.aantalAntwoorden === 0 ? (
        <DetailActies
          verwijderen={{ knopTekst: 'Vraag verwijderen', vraag: `Weet u zeker dat u de vraag “${v.vraag}” wilt verwijderen?`, mutatie: verwijderen, naar: terug, melding: 'De vraag is verwijderd.' }}
        />
      ) : null}
      <Formulier formulier={f} onVerstuur={verstuur} bezig={toevoegen.isPending || bijwerken.isPending} annulerenNaar={terug}>
        {v ? null : <TekstVeld {...f.veld('jaar')} inputMode="numeric" verplicht />}
        <TekstVeld {...f.veld('vraag')} verplicht />
        <TekstVeld {...f.veld('volgorde')} inputMode="numeric" />
        <TekstVeld {...f.veld('schaalMin')} inputMode="numeric" verplicht />
        <TekstVeld
          {...f.veld('schaalMax')}
          inputMode="numeric"
          verplicht
          beschrijving={v && v.aantalAntwoorden > 0 ? `Al ${v.aantalAntwoorden} keer beantwoord: de schaal kan alleen zo wijzigen dat de gegeven scores erbinnen blijven.` : undefined}
        />
      </Formulier>
    </>
  );
}
