import { useParams } from 'react-router';
import { gemeenteRollen, gemeenteUpdateSchema, type Gemeente } from '../../../common/contracts/regios';
import { AlleenLezenVeld, KeuzeVeld, TekstVeld, TekstvakVeld } from '../../components/formulier';
import { Formulier, FormulierPagina } from '../../components/formulier-pagina';
import { alleenGewijzigd, useFormulier } from '../../components/formulier-status';
import { useOnderdeel } from '../../components/regio-pagina';
import { gemeenteRolLabels, label } from '../../i18n/nl';
import { useGemeente, useGemeenteBijwerken } from './gemeenten.api';

export const gemeenteLabels: Record<string, string> = {
  gemeentecode: 'Gemeente',
  rol: 'Rol in de regio',
  portefeuillehouder: 'Portefeuillehouder',
  toelichting: 'Toelichting',
};

export const gemeenteRolKeuzes = gemeenteRollen.map((r) => ({ waarde: r, label: label(gemeenteRolLabels, r) }));
export const gemeenteRolUitleg =
  'De mandaatgemeente vraagt de SPUK-IZA aan, beheert en verantwoordt die. Een centrumgemeente leidt een subregio.';
export const portefeuillehouderUitleg =
  'De wethouder die de gemeente vertegenwoordigt in het portefeuillehoudersoverleg (PHO).';

export function GemeenteBewerkenPagina() {
  const { regioId, rechten, pad: lijstPad, kruimels } = useOnderdeel('gemeenten');
  const { gemeentecode = '' } = useParams();
  const gemeente = useGemeente(regioId, gemeentecode);
  const pad = `${lijstPad}/${gemeentecode}`;
  const naam = gemeente.data?.naam ?? gemeentecode;

  return (
    <FormulierPagina
      titel={`Gemeente ${naam} bewerken`}
      kruimels={[...kruimels, { label: naam, to: pad }, { label: 'Bewerken', to: `${pad}/bewerken` }]}
      mag={(g: Gemeente) => rechten.magGemeenteBewerken(g.gemeentecode)}
      geenRecht="U kunt de gegevens van deze gemeente niet wijzigen. Dat kan de regiocoördinator, en de beleidsadviseur van de gemeente zelf."
      query={gemeente}
      wat="de gemeente"
    >
      {(g) => g && <GemeenteFormulier gemeente={g} magRolBewerken={rechten.magGemeenteRolBewerken} pad={pad} />}
    </FormulierPagina>
  );
}

function GemeenteFormulier({ gemeente, magRolBewerken, pad }: { gemeente: Gemeente; magRolBewerken: boolean; pad: string }) {
  const { regioId } = useOnderdeel('gemeenten');
  const f = useFormulier({
    begin: { rol: gemeente.rol as string, portefeuillehouder: gemeente.portefeuillehouder, toelichting: gemeente.toelichting },
    labels: gemeenteLabels,
  });
  const bijwerken = useGemeenteBijwerken(regioId, gemeente.gemeentecode);

  function verstuur() {
    const nieuw: Record<string, unknown> = {
      portefeuillehouder: f.invoer.portefeuillehouder,
      toelichting: f.invoer.toelichting,
    };
    if (magRolBewerken) nieuw.rol = f.invoer.rol;
    const wijziging = f.controleer(gemeenteUpdateSchema, alleenGewijzigd(nieuw, gemeente));
    if (!wijziging) return;
    if (Object.keys(wijziging).length === 0) f.klaar(pad);
    else f.opslaan(bijwerken, wijziging, pad);
  }

  return (
    <Formulier formulier={f} onVerstuur={verstuur} bezig={bijwerken.isPending} annulerenNaar={pad}>
      {magRolBewerken ? (
        <KeuzeVeld {...f.veld('rol')} beschrijving={gemeenteRolUitleg} keuzes={gemeenteRolKeuzes} />
      ) : (
        <AlleenLezenVeld
          label={gemeenteLabels.rol!}
          waarde={label(gemeenteRolLabels, gemeente.rol)}
          uitleg="Alleen de regiocoördinator kan de rol van een gemeente wijzigen."
        />
      )}
      <TekstVeld {...f.veld('portefeuillehouder')} beschrijving={portefeuillehouderUitleg} />
      <TekstvakVeld {...f.veld('toelichting')} />
    </Formulier>
  );
}
