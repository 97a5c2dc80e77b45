import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { gemeenteRollen, gemeenteUpdateSchema, type Gemeente } from '../../../common/contracts/regios';
import {
  AlleenLezenVeld,
  Foutoverzicht,
  foutenUitFout,
  foutenUitZod,
  KeuzeVeld,
  TekstVeld,
  TekstvakVeld,
} from '../../components/formulier';
import { alleenGewijzigd, useFormulierFouten } from '../../components/formulier-status';
import { useHuidigeRegio } from '../../components/layout';
import { AppButtonLink } from '../../components/links';
import { PaginaKop } from '../../components/pagina';
import { Laadfout, Laden } from '../../components/status';
import { useOnopgeslagenWijzigingen, VerlatenVraag } from '../../components/wijzigingen';
import { gemeenteRolLabels, label } from '../../i18n/nl';
import { organisatieKruimels } from '../regios/RegioPagina';
import { useGemeente, useGemeenteBijwerken } from './gemeenten.api';

const labels: Record<string, string> = {
  rol: 'Rol in de regio',
  portefeuillehouder: 'Portefeuillehouder',
  toelichting: 'Toelichting',
};

export function GemeenteBewerkenPagina() {
  const { regioId, regio, rechten } = useHuidigeRegio();
  const { gemeentecode = '' } = useParams();
  const gemeente = useGemeente(regioId, gemeentecode);
  const lijstPad = `/regios/${regioId}/organisatie/gemeenten`;
  const pad = `${lijstPad}/${gemeentecode}`;
  const naam = gemeente.data?.naam ?? gemeentecode;

  return (
    <>
      <PaginaKop
        titel={`Gemeente ${naam} bewerken`}
        documentTitel={[regio?.naam]}
        kruimels={[
          ...organisatieKruimels(regioId, regio?.naam),
          { label: 'Gemeenten', to: lijstPad },
          { label: naam, to: pad },
          { label: 'Bewerken', to: `${pad}/bewerken` },
        ]}
      />
      {gemeente.isPending ? (
        <Laden wat="de gemeente" />
      ) : gemeente.isError ? (
        <Laadfout fout={gemeente.error} wat="de gemeente" />
      ) : !rechten.magGemeenteBewerken(gemeente.data.gemeentecode) ? (
        <Paragraph>
          U kunt de gegevens van deze gemeente niet wijzigen. Dat kan de regiocoördinator, en de beleidsadviseur
          van de gemeente zelf.
        </Paragraph>
      ) : (
        <GemeenteFormulier gemeente={gemeente.data} magRolBewerken={rechten.magGemeenteRolBewerken} />
      )}
    </>
  );
}

function GemeenteFormulier({ gemeente, magRolBewerken }: { gemeente: Gemeente; magRolBewerken: boolean }) {
  const { regioId } = useHuidigeRegio();
  const pad = `/regios/${regioId}/organisatie/gemeenten/${gemeente.gemeentecode}`;
  const begin = { rol: gemeente.rol as string, portefeuillehouder: gemeente.portefeuillehouder, toelichting: gemeente.toelichting };
  const [invoer, setInvoer] = useState(begin);
  const { fouten, poging, toon } = useFormulierFouten();
  const bijwerken = useGemeenteBijwerken(regioId, gemeente.gemeentecode);
  const navigate = useNavigate();
  const gewijzigd = JSON.stringify(invoer) !== JSON.stringify(begin);
  const { blocker, markeerOpgeslagen } = useOnopgeslagenWijzigingen(gewijzigd);
  const zet = (veld: keyof typeof begin) => (waarde: string) => setInvoer((i) => ({ ...i, [veld]: waarde }));

  function verstuur() {
    const nieuw: Record<string, unknown> = {
      portefeuillehouder: invoer.portefeuillehouder,
      toelichting: invoer.toelichting,
    };
    if (magRolBewerken) nieuw.rol = invoer.rol;
    const controle = gemeenteUpdateSchema.safeParse(alleenGewijzigd(nieuw, gemeente));
    if (!controle.success) {
      toon({ velden: foutenUitZod(controle.error), algemeen: [] });
      return;
    }
    const klaar = () => {
      markeerOpgeslagen();
      navigate(pad);
    };
    if (Object.keys(controle.data).length === 0) {
      klaar();
      return;
    }
    bijwerken.mutate(controle.data, {
      onSuccess: klaar,
      onError: (fout) => toon(foutenUitFout(fout, Object.keys(labels))),
    });
  }

  return (
    <form
      noValidate
      className="formulier"
      onSubmit={(event) => {
        event.preventDefault();
        verstuur();
      }}
    >
      <VerlatenVraag blocker={blocker} />
      <Foutoverzicht fouten={fouten} labels={labels} poging={poging} />
      {magRolBewerken ? (
        <KeuzeVeld
          name="rol"
          label={labels.rol!}
          beschrijving="De mandaatgemeente vraagt de SPUK-IZA aan, beheert en verantwoordt die. Een centrumgemeente leidt een subregio."
          value={invoer.rol}
          onChange={zet('rol')}
          keuzes={gemeenteRollen.map((r) => ({ waarde: r, label: label(gemeenteRolLabels, r) }))}
          fout={fouten.velden.rol}
        />
      ) : (
        <AlleenLezenVeld
          label={labels.rol!}
          waarde={label(gemeenteRolLabels, gemeente.rol)}
          uitleg="Alleen de regiocoördinator kan de rol van een gemeente wijzigen."
        />
      )}
      <TekstVeld
        name="portefeuillehouder"
        label="Portefeuillehouder"
        beschrijving="De wethouder die de gemeente vertegenwoordigt in het portefeuillehoudersoverleg (PHO)."
        value={invoer.portefeuillehouder}
        onChange={zet('portefeuillehouder')}
        fout={fouten.velden.portefeuillehouder}
      />
      <TekstvakVeld
        name="toelichting"
        label="Toelichting"
        value={invoer.toelichting}
        onChange={zet('toelichting')}
        fout={fouten.velden.toelichting}
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={bijwerken.isPending} disabled={bijwerken.isPending}>
          Opslaan
        </Button>
        <AppButtonLink to={pad} appearance="secondary-action-button">
          Annuleren
        </AppButtonLink>
      </ButtonGroup>
    </form>
  );
}
