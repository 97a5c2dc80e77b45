import { regioUpdateSchema, type Regio } from '../../../common/contracts/regios';
import { KeuzeVeld, TekstVeld, TekstvakVeld } from '../../components/formulier';
import { Formulier, FormulierPagina } from '../../components/formulier-pagina';
import { alleenGewijzigd, useFormulier } from '../../components/formulier-status';
import { accentIsBruikbaar } from '../../components/kleur';
import { useOnderdeel } from '../../components/regio-pagina';
import { useOrganisaties } from '../organisaties/organisaties.api';
import { useRegioBijwerken } from './regios.api';

const labels: Record<string, string> = {
  naam: 'Naam',
  omschrijving: 'Omschrijving',
  accentkleur: 'Accentkleur',
  preferenteZorgverzekeraarId: 'Preferente zorgverzekeraar',
  tweedeZorgverzekeraarId: 'Tweede zorgverzekeraar',
};

/** The region as the form shows it: empty text for "none". */
function invoerVan(regio: Regio) {
  return {
    naam: regio.naam,
    omschrijving: regio.omschrijving,
    accentkleur: regio.accentkleur ?? '',
    preferenteZorgverzekeraarId: regio.preferenteZorgverzekeraarId ?? '',
    tweedeZorgverzekeraarId: regio.tweedeZorgverzekeraarId ?? '',
  };
}

export function RegioBewerkenPagina() {
  const { regio, rechten, pad, kruimels } = useOnderdeel('regio');
  return (
    <FormulierPagina
      titel="Regio bewerken"
      kruimels={[...kruimels, { label: 'Bewerken', to: `${pad}/bewerken` }]}
      mag={rechten.magRegioBewerken}
      geenRecht="Alleen de regiocoördinator kan de gegevens van de regio wijzigen."
      laden={!regio}
      wat="de regio"
    >
      {() => regio && <RegioFormulier regio={regio} pad={pad} />}
    </FormulierPagina>
  );
}

function RegioFormulier({ regio, pad }: { regio: Regio; pad: string }) {
  const { regioId } = useOnderdeel('regio');
  const f = useFormulier({ begin: () => invoerVan(regio), labels });
  const organisaties = useOrganisaties(regioId);
  const bijwerken = useRegioBijwerken(regioId);
  const verzekeraars = (organisaties.data?.items ?? []).filter((o) => o.soort === 'zorgverzekeraar');
  const keuzes = [{ waarde: '', label: '(geen)' }, ...verzekeraars.map((o) => ({ waarde: o.id, label: o.naam }))];
  const { accentkleur } = f.invoer;

  function verstuur() {
    const nieuw = {
      naam: f.invoer.naam,
      omschrijving: f.invoer.omschrijving,
      accentkleur: accentkleur.trim() === '' ? null : accentkleur.trim(),
      preferenteZorgverzekeraarId: f.invoer.preferenteZorgverzekeraarId || null,
      tweedeZorgverzekeraarId: f.invoer.tweedeZorgverzekeraarId || null,
    };
    const wijziging = f.controleer(regioUpdateSchema, alleenGewijzigd(nieuw, regio));
    if (!wijziging) return;
    if (Object.keys(wijziging).length === 0) f.klaar(pad);
    else f.opslaan(bijwerken, wijziging, pad);
  }

  const kleurWaarschuwing =
    accentkleur && /^#[0-9a-fA-F]{6}$/.test(accentkleur) && !accentIsBruikbaar(accentkleur)
      ? ' Let op: wit op deze kleur is slecht leesbaar, dus de standaardkleur blijft in gebruik.'
      : '';

  return (
    <Formulier formulier={f} onVerstuur={verstuur} bezig={bijwerken.isPending} annulerenNaar={pad}>
      <TekstVeld {...f.veld('naam')} verplicht />
      <TekstvakVeld {...f.veld('omschrijving')} />
      <TekstVeld
        {...f.veld('accentkleur')}
        beschrijving={`Een kleur als #RRGGBB, zoals #1d5f8a. Leeg laten voor de standaardkleur. De kleur wordt alleen gebruikt als witte tekst erop goed leesbaar is (contrast ten minste 4,5:1).${kleurWaarschuwing}`}
        className="invoer-kort"
      />
      <KeuzeVeld
        {...f.veld('preferenteZorgverzekeraarId')}
        beschrijving="De zorgverzekeraar met het grootste marktaandeel in de regio. Hij ontvangt en beoordeelt de transformatieplannen."
        keuzes={keuzes}
      />
      <KeuzeVeld
        {...f.veld('tweedeZorgverzekeraarId')}
        beschrijving="Beoordeelt de transformatieplannen samen met de preferente zorgverzekeraar."
        keuzes={keuzes}
      />
    </Formulier>
  );
}
