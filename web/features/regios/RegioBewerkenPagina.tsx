import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { regioUpdateSchema, type Regio } from '../../../common/contracts/regios';
import {
  Foutoverzicht,
  foutenUitFout,
  foutenUitZod,
  KeuzeVeld,
  TekstVeld,
  TekstvakVeld,
} from '../../components/formulier';
import { alleenGewijzigd, useFormulierFouten } from '../../components/formulier-status';
import { accentIsBruikbaar } from '../../components/kleur';
import { useHuidigeRegio } from '../../components/layout';
import { AppButtonLink } from '../../components/links';
import { PaginaKop } from '../../components/pagina';
import { Laden } from '../../components/status';
import { useOnopgeslagenWijzigingen, VerlatenVraag } from '../../components/wijzigingen';
import { useOrganisaties } from '../organisaties/organisaties.api';
import { useRegioBijwerken } from './regios.api';
import { organisatieKruimels } from './RegioPagina';

const labels: Record<string, string> = {
  naam: 'Naam',
  omschrijving: 'Omschrijving',
  accentkleur: 'Accentkleur',
  preferenteZorgverzekeraarId: 'Preferente zorgverzekeraar',
  tweedeZorgverzekeraarId: 'Tweede zorgverzekeraar',
};

interface Invoer {
  naam: string;
  omschrijving: string;
  accentkleur: string;
  preferenteZorgverzekeraarId: string;
  tweedeZorgverzekeraarId: string;
}

function invoerVan(regio: Regio): Invoer {
  return {
    naam: regio.naam,
    omschrijving: regio.omschrijving,
    accentkleur: regio.accentkleur ?? '',
    preferenteZorgverzekeraarId: regio.preferenteZorgverzekeraarId ?? '',
    tweedeZorgverzekeraarId: regio.tweedeZorgverzekeraarId ?? '',
  };
}

export function RegioBewerkenPagina() {
  const { regioId, regio, rechten } = useHuidigeRegio();
  const pad = `/regios/${regioId}/organisatie/regio`;
  const kruimels = [
    ...organisatieKruimels(regioId, regio?.naam),
    { label: 'Regio', to: pad },
    { label: 'Bewerken', to: `${pad}/bewerken` },
  ];
  return (
    <>
      <PaginaKop titel="Regio bewerken" documentTitel={[regio?.naam]} kruimels={kruimels} />
      {!regio ? (
        <Laden wat="de regio" />
      ) : !rechten.magRegioBewerken ? (
        <Paragraph>Alleen de regiocoördinator kan de gegevens van de regio wijzigen.</Paragraph>
      ) : (
        <RegioFormulier regio={regio} />
      )}
    </>
  );
}

function RegioFormulier({ regio }: { regio: Regio }) {
  const { regioId } = useHuidigeRegio();
  const pad = `/regios/${regioId}/organisatie/regio`;
  const [invoer, setInvoer] = useState<Invoer>(() => invoerVan(regio));
  const [begin] = useState<Invoer>(() => invoerVan(regio));
  const { fouten, poging, toon } = useFormulierFouten();
  const organisaties = useOrganisaties(regioId);
  const bijwerken = useRegioBijwerken(regioId);
  const navigate = useNavigate();
  const gewijzigd = JSON.stringify(invoer) !== JSON.stringify(begin);
  const { blocker, markeerOpgeslagen } = useOnopgeslagenWijzigingen(gewijzigd);

  const zet = (veld: keyof Invoer) => (waarde: string) => setInvoer((i) => ({ ...i, [veld]: waarde }));
  const verzekeraars = (organisaties.data?.items ?? []).filter((o) => o.soort === 'zorgverzekeraar');
  const keuzes = [
    { waarde: '', label: '(geen)' },
    ...verzekeraars.map((o) => ({ waarde: o.id, label: o.naam })),
  ];

  function verstuur() {
    const nieuw = {
      naam: invoer.naam,
      omschrijving: invoer.omschrijving,
      accentkleur: invoer.accentkleur.trim() === '' ? null : invoer.accentkleur.trim(),
      preferenteZorgverzekeraarId: invoer.preferenteZorgverzekeraarId || null,
      tweedeZorgverzekeraarId: invoer.tweedeZorgverzekeraarId || null,
    };
    const wijziging = alleenGewijzigd(nieuw, {
      naam: regio.naam,
      omschrijving: regio.omschrijving,
      accentkleur: regio.accentkleur,
      preferenteZorgverzekeraarId: regio.preferenteZorgverzekeraarId,
      tweedeZorgverzekeraarId: regio.tweedeZorgverzekeraarId,
    });
    const controle = regioUpdateSchema.safeParse(wijziging);
    if (!controle.success) {
      toon({ velden: foutenUitZod(controle.error), algemeen: [] });
      return;
    }
    if (Object.keys(controle.data).length === 0) {
      markeerOpgeslagen();
      navigate(pad);
      return;
    }
    bijwerken.mutate(controle.data, {
      onSuccess: () => {
        markeerOpgeslagen();
        navigate(pad);
      },
      onError: (fout) => toon(foutenUitFout(fout, Object.keys(labels))),
    });
  }

  const kleurWaarschuwing =
    invoer.accentkleur && /^#[0-9a-fA-F]{6}$/.test(invoer.accentkleur) && !accentIsBruikbaar(invoer.accentkleur)
      ? ' Let op: wit op deze kleur is slecht leesbaar, dus de standaardkleur blijft in gebruik.'
      : '';

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
      <TekstVeld name="naam" label={labels.naam ?? 'Naam'} verplicht value={invoer.naam} onChange={zet('naam')} fout={fouten.velden.naam} />
      <TekstvakVeld
        name="omschrijving"
        label="Omschrijving"
        value={invoer.omschrijving}
        onChange={zet('omschrijving')}
        fout={fouten.velden.omschrijving}
      />
      <TekstVeld
        name="accentkleur"
        label="Accentkleur"
        beschrijving={`Een kleur als #RRGGBB, zoals #1d5f8a. Leeg laten voor de standaardkleur. De kleur wordt alleen gebruikt als witte tekst erop goed leesbaar is (contrast ten minste 4,5:1).${kleurWaarschuwing}`}
        value={invoer.accentkleur}
        onChange={zet('accentkleur')}
        fout={fouten.velden.accentkleur}
        className="invoer-kort"
      />
      <KeuzeVeld
        name="preferenteZorgverzekeraarId"
        label="Preferente zorgverzekeraar"
        beschrijving="De zorgverzekeraar met het grootste marktaandeel in de regio. Hij ontvangt en beoordeelt de transformatieplannen."
        value={invoer.preferenteZorgverzekeraarId}
        onChange={zet('preferenteZorgverzekeraarId')}
        keuzes={keuzes}
        fout={fouten.velden.preferenteZorgverzekeraarId}
      />
      <KeuzeVeld
        name="tweedeZorgverzekeraarId"
        label="Tweede zorgverzekeraar"
        beschrijving="Beoordeelt de transformatieplannen samen met de preferente zorgverzekeraar."
        value={invoer.tweedeZorgverzekeraarId}
        onChange={zet('tweedeZorgverzekeraarId')}
        keuzes={keuzes}
        fout={fouten.velden.tweedeZorgverzekeraarId}
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
