import {
  Button,
  ButtonGroup,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormLabel,
  Paragraph,
  RadioButton,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { lidRollen, overlegorgaanLidCreateSchema } from '../../../common/contracts/regios';
import {
  Foutoverzicht,
  foutenUitFout,
  foutenUitZod,
  KeuzeVeld,
  TekstVeld,
  VinkVeld,
  type Veldfouten,
} from '../../components/formulier';
import { useFormulierFouten } from '../../components/formulier-status';
import { useHuidigeRegio } from '../../components/layout';
import { AppButtonLink } from '../../components/links';
import { PaginaKop } from '../../components/pagina';
import { Laadfout, Laden } from '../../components/status';
import { useOnopgeslagenWijzigingen, VerlatenVraag } from '../../components/wijzigingen';
import { label, lidRolLabels } from '../../i18n/nl';
import { useGemeenten } from '../gemeenten/gemeenten.api';
import { useOrganisaties } from '../organisaties/organisaties.api';
import { organisatieKruimels } from '../regios/RegioPagina';
import { useLidToevoegen, useOverlegorgaan } from './overlegorganen.api';

const labels: Record<string, string> = {
  soortLid: 'Soort lid',
  gemeentecode: 'Gemeente',
  naam: 'Naam',
  functie: 'Functie',
  organisatieId: 'Organisatie',
  rol: 'Rol',
  stemgerechtigd: 'Stemgerechtigd',
};

type SoortLid = 'persoon' | 'gemeente';

export function LidToevoegenPagina() {
  const { regioId, regio, rechten } = useHuidigeRegio();
  const { overlegorgaanId = '' } = useParams();
  const orgaan = useOverlegorgaan(regioId, overlegorgaanId);
  const gemeenten = useGemeenten(regioId);
  const organisaties = useOrganisaties(regioId);
  const toevoegen = useLidToevoegen(regioId, overlegorgaanId);
  const navigate = useNavigate();
  const lijstPad = `/regios/${regioId}/organisatie/overlegorganen`;
  const pad = `${lijstPad}/${overlegorgaanId}`;
  const naam = orgaan.data?.naam ?? 'Overlegorgaan';

  const begin = {
    soortLid: 'persoon' as SoortLid,
    gemeentecode: '',
    naam: '',
    functie: '',
    organisatieId: '',
    rol: 'lid',
    stemgerechtigd: false,
  };
  const [invoer, setInvoer] = useState(begin);
  const { fouten, poging, toon } = useFormulierFouten();
  const { blocker, markeerOpgeslagen } = useOnopgeslagenWijzigingen(JSON.stringify(invoer) !== JSON.stringify(begin));
  const zet = (veld: 'gemeentecode' | 'naam' | 'functie' | 'organisatieId' | 'rol') => (waarde: string) =>
    setInvoer((i) => ({ ...i, [veld]: waarde }));

  function verstuur() {
    const velden: Veldfouten = {};
    if (invoer.soortLid === 'gemeente' && !invoer.gemeentecode) velden.gemeentecode = 'Kies de gemeente van deze zetel';
    if (invoer.soortLid === 'persoon' && !invoer.naam.trim()) velden.naam = 'Vul de naam van de persoon in';
    const waarden =
      invoer.soortLid === 'gemeente'
        ? {
            gemeentecode: invoer.gemeentecode || null,
            naam: invoer.naam,
            functie: invoer.functie,
            rol: invoer.rol,
            stemgerechtigd: invoer.stemgerechtigd,
          }
        : {
            naam: invoer.naam,
            functie: invoer.functie,
            organisatieId: invoer.organisatieId || null,
            rol: invoer.rol,
            stemgerechtigd: invoer.stemgerechtigd,
          };
    const controle = overlegorgaanLidCreateSchema.safeParse(waarden);
    if (!controle.success || Object.keys(velden).length > 0) {
      toon({ velden: { ...(controle.success ? {} : foutenUitZod(controle.error)), ...velden }, algemeen: [] });
      return;
    }
    toevoegen.mutate(controle.data, {
      onSuccess: () => {
        markeerOpgeslagen();
        navigate(pad, { state: { melding: 'Het lid is toegevoegd.' } });
      },
      onError: (fout) => toon(foutenUitFout(fout, Object.keys(labels))),
    });
  }

  return (
    <>
      <PaginaKop
        titel={`Lid toevoegen aan ${naam}`}
        documentTitel={[regio?.naam]}
        kruimels={[
          ...organisatieKruimels(regioId, regio?.naam),
          { label: 'Overlegorganen', to: lijstPad },
          { label: naam, to: pad },
          { label: 'Lid toevoegen', to: `${pad}/leden/nieuw` },
        ]}
      />
      {!rechten.magRegioBewerken ? (
        <Paragraph>Alleen de regiocoördinator kan leden toevoegen.</Paragraph>
      ) : orgaan.isPending || gemeenten.isPending ? (
        <Laden wat="het formulier" />
      ) : orgaan.isError ? (
        <Laadfout fout={orgaan.error} wat="het overlegorgaan" />
      ) : (
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
          <Fieldset>
            <FieldsetLegend>Soort lid</FieldsetLegend>
            {(
              [
                ['persoon', 'Een persoon (met naam en functie)'],
                ['gemeente', 'De zetel van een gemeente (de gemeente stemt, wie er zit kan wisselen)'],
              ] as const
            ).map(([waarde, tekst]) => (
              <FormField type="radio" key={waarde}>
                <div className="vinkveld">
                  <RadioButton
                    id={`veld-soortLid-${waarde}`}
                    name="soortLid"
                    value={waarde}
                    checked={invoer.soortLid === waarde}
                    onChange={() => setInvoer((i) => ({ ...i, soortLid: waarde }))}
                  />
                  <FormLabel htmlFor={`veld-soortLid-${waarde}`} type="radio">
                    {tekst}
                  </FormLabel>
                </div>
              </FormField>
            ))}
          </Fieldset>
          {invoer.soortLid === 'gemeente' ? (
            <KeuzeVeld
              name="gemeentecode"
              label="Gemeente"
              verplicht
              value={invoer.gemeentecode}
              onChange={zet('gemeentecode')}
              keuzes={[
                { waarde: '', label: 'Kies een gemeente' },
                ...(gemeenten.data?.items ?? [])
                  .slice()
                  .sort((a, b) => a.naam.localeCompare(b.naam, 'nl'))
                  .map((g) => ({ waarde: g.gemeentecode, label: g.naam })),
              ]}
              fout={fouten.velden.gemeentecode}
            />
          ) : null}
          <TekstVeld
            name="naam"
            label="Naam"
            verplicht={invoer.soortLid === 'persoon'}
            beschrijving={invoer.soortLid === 'gemeente' ? 'Wie de zetel nu bezet, bijvoorbeeld de wethouder. Mag leeg blijven.' : undefined}
            value={invoer.naam}
            onChange={zet('naam')}
            fout={fouten.velden.naam}
          />
          <TekstVeld name="functie" label="Functie" value={invoer.functie} onChange={zet('functie')} fout={fouten.velden.functie} />
          {invoer.soortLid === 'persoon' ? (
            <KeuzeVeld
              name="organisatieId"
              label="Organisatie"
              beschrijving="De organisatie die deze persoon vertegenwoordigt, als dat zo is."
              value={invoer.organisatieId}
              onChange={zet('organisatieId')}
              keuzes={[
                { waarde: '', label: '(geen)' },
                ...(organisaties.data?.items ?? []).map((o) => ({ waarde: o.id, label: o.naam })),
              ]}
              fout={fouten.velden.organisatieId}
            />
          ) : null}
          <KeuzeVeld
            name="rol"
            label="Rol"
            value={invoer.rol}
            onChange={zet('rol')}
            keuzes={lidRollen.map((r) => ({ waarde: r, label: label(lidRolLabels, r) }))}
            fout={fouten.velden.rol}
          />
          <VinkVeld
            name="stemgerechtigd"
            label="Stemgerechtigd"
            beschrijving="In het PHO heeft elke gemeente één stem."
            checked={invoer.stemgerechtigd}
            onChange={(waarde) => setInvoer((i) => ({ ...i, stemgerechtigd: waarde }))}
            fout={fouten.velden.stemgerechtigd}
          />
          <ButtonGroup>
            <Button type="submit" appearance="primary-action-button" busy={toevoegen.isPending} disabled={toevoegen.isPending}>
              Lid toevoegen
            </Button>
            <AppButtonLink to={pad} appearance="secondary-action-button">
              Annuleren
            </AppButtonLink>
          </ButtonGroup>
        </form>
      )}
    </>
  );
}
