import { Fieldset, FieldsetLegend, FormField, FormLabel, Paragraph, RadioButton } from '@utrecht/component-library-react';
import { useParams } from 'react-router';
import {
  lidRollen,
  overlegorgaanLidCreateSchema,
  type Gemeente,
  type Organisatie,
  type OverlegorgaanLid,
} from '../../../common/contracts/regios';
import { KeuzeVeld, TekstVeld, VinkVeld, type Veldfouten } from '../../components/formulier';
import { Formulier, FormulierPagina } from '../../components/formulier-pagina';
import { useFormulier } from '../../components/formulier-status';
import { useOnderdeel } from '../../components/regio-pagina';
import { label, lidRolLabels } from '../../i18n/nl';
import { useGemeenten } from '../gemeenten/gemeenten.api';
import { useOrganisaties } from '../organisaties/organisaties.api';
import { lidNaam, useLidBijwerken, useLidToevoegen, useOverlegorgaan } from './overlegorganen.api';

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

/** ".../leden/nieuw" adds a member to a body, ".../leden/:lidId/bewerken" edits one. */
export function LidFormulierPagina() {
  const { regioId, rechten, pad: lijstPad, kruimels } = useOnderdeel('overlegorganen');
  const { overlegorgaanId = '', lidId } = useParams();
  const orgaan = useOverlegorgaan(regioId, overlegorgaanId);
  const gemeenten = useGemeenten(regioId);
  const organisaties = useOrganisaties(regioId);
  const pad = `${lijstPad}/${overlegorgaanId}`;
  const naam = orgaan.data?.naam ?? 'Overlegorgaan';
  const lid = lidId ? orgaan.data?.leden.find((l) => l.id === lidId) : undefined;
  const lidTitel = lid ? lidNaam(lid) : 'Lid';

  return (
    <FormulierPagina
      titel={lidId ? `${lidTitel} bewerken` : `Lid toevoegen aan ${naam}`}
      kruimels={[
        ...kruimels,
        { label: naam, to: pad },
        lidId
          ? { label: `${lidTitel} bewerken`, to: `${pad}/leden/${lidId}/bewerken` }
          : { label: 'Lid toevoegen', to: `${pad}/leden/nieuw` },
      ]}
      mag={rechten.magRegioBewerken}
      geenRecht={lidId ? 'Alleen de regiocoördinator kan leden wijzigen.' : 'Alleen de regiocoördinator kan leden toevoegen.'}
      query={orgaan}
      laden={gemeenten.isPending}
      wat="het overlegorgaan"
    >
      {(o) =>
        lidId && !lid ? (
          <Paragraph>
            Dit lid bestaat niet (meer) in {o?.naam ?? 'dit overlegorgaan'}. Misschien heeft iemand het net verwijderd.
          </Paragraph>
        ) : (
          <LidFormulier
            lid={lid}
            pad={pad}
            gemeenten={gemeenten.data?.items ?? []}
            organisaties={organisaties.data?.items ?? []}
          />
        )
      }
    </FormulierPagina>
  );
}

function LidFormulier({
  lid,
  pad,
  gemeenten,
  organisaties,
}: {
  lid: OverlegorgaanLid | undefined;
  pad: string;
  gemeenten: Gemeente[];
  organisaties: Organisatie[];
}) {
  const { regioId } = useOnderdeel('overlegorganen');
  const { overlegorgaanId = '' } = useParams();
  const f = useFormulier({
    begin: {
      soortLid: (lid?.gemeente ? 'gemeente' : 'persoon') as SoortLid,
      gemeentecode: lid?.gemeente?.gemeentecode ?? '',
      naam: lid?.naam ?? '',
      functie: lid?.functie ?? '',
      organisatieId: lid?.organisatie?.id ?? '',
      rol: (lid?.rol ?? 'lid') as string,
      stemgerechtigd: lid?.stemgerechtigd ?? false,
    },
    labels,
  });
  const toevoegen = useLidToevoegen(regioId, overlegorgaanId);
  const bijwerken = useLidBijwerken(regioId, overlegorgaanId, lid?.id ?? '');
  const { invoer } = f;

  function verstuur() {
    const velden: Veldfouten = {};
    if (invoer.soortLid === 'gemeente' && !invoer.gemeentecode) velden.gemeentecode = 'Kies de gemeente van deze zetel';
    if (invoer.soortLid === 'persoon' && !invoer.naam.trim()) velden.naam = 'Vul de naam van de persoon in';
    // The same body adds and edits: a seat has no organisation, a person no municipality.
    const gemeente = invoer.soortLid === 'gemeente';
    const waarden = {
      naam: invoer.naam,
      functie: invoer.functie,
      rol: invoer.rol,
      stemgerechtigd: invoer.stemgerechtigd,
      gemeentecode: gemeente ? invoer.gemeentecode || null : null,
      organisatieId: gemeente ? null : invoer.organisatieId || null,
    };
    const body = f.controleer(overlegorgaanLidCreateSchema, waarden, velden);
    if (!body) return;
    if (lid) f.opslaan(bijwerken, body, pad, { melding: `${lidNaam(lid)} is gewijzigd.` });
    else f.opslaan(toevoegen, body, pad, { melding: 'Het lid is toegevoegd.' });
  }

  return (
    <Formulier
      formulier={f}
      onVerstuur={verstuur}
      bezig={toevoegen.isPending || bijwerken.isPending}
      verstuurTekst={lid ? 'Opslaan' : 'Lid toevoegen'}
      annulerenNaar={pad}
    >
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
                onChange={() => f.zet('soortLid')(waarde)}
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
          {...f.veld('gemeentecode')}
          verplicht
          keuzes={[
            { waarde: '', label: 'Kies een gemeente' },
            ...gemeenten
              .slice()
              .sort((a, b) => a.naam.localeCompare(b.naam, 'nl'))
              .map((g) => ({ waarde: g.gemeentecode, label: g.naam })),
          ]}
        />
      ) : null}
      <TekstVeld
        {...f.veld('naam')}
        verplicht={invoer.soortLid === 'persoon'}
        beschrijving={invoer.soortLid === 'gemeente' ? 'Wie de zetel nu bezet, bijvoorbeeld de wethouder. Mag leeg blijven.' : undefined}
      />
      <TekstVeld {...f.veld('functie')} />
      {invoer.soortLid === 'persoon' ? (
        <KeuzeVeld
          {...f.veld('organisatieId')}
          beschrijving="De organisatie die deze persoon vertegenwoordigt, als dat zo is."
          keuzes={[{ waarde: '', label: '(geen)' }, ...organisaties.map((o) => ({ waarde: o.id, label: o.naam }))]}
        />
      ) : null}
      <KeuzeVeld
        {...f.veld('rol')}
        keuzes={lidRollen.map((r) => ({ waarde: r, label: label(lidRolLabels, r) }))}
      />
      <VinkVeld
        name="stemgerechtigd"
        label="Stemgerechtigd"
        beschrijving="In het PHO heeft elke gemeente één stem."
        checked={invoer.stemgerechtigd}
        onChange={f.zet('stemgerechtigd')}
        fout={f.fouten.velden.stemgerechtigd}
      />
    </Formulier>
  );
}
