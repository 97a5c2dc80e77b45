import { Paragraph, TableCell, TableRow } from '@utrecht/component-library-react';
import { useParams } from 'react-router';
import { type Toetsvraag, toetsvraagCreateSchema } from '../../../common/contracts/transformatieplannen';
import { VerwijderKnop } from '../../components/bevestiging';
import { ExcelKnop, excelBestandsnaam } from '../../components/excel';
import { TekstVeld, TekstvakVeld, type Veldfouten } from '../../components/formulier';
import { Formulier, FormulierPagina } from '../../components/formulier-pagina';
import { alleenGewijzigd, useFormulier } from '../../components/formulier-status';
import { AppButtonLink, AppLink } from '../../components/links';
import { Actiefout, MetGegevens, RegioKop, Tabel, useMelding, useOnderdeel, type Onderdeel } from '../../components/regio-pagina';
import { Melding } from '../../components/status';
import { toetsvragen, type Toetsverzameling } from './transformatieplannen.api';

/** The two sets of questions plans are scored on, each under its own list of plans. */
const kaders: Record<Toetsverzameling, { onderdeel: Onderdeel; deel: string; titel: string; enkelvoud: string; inleiding: string }> = {
  beoordelingscriteria: {
    onderdeel: 'transformatieplannen',
    deel: 'criteria',
    titel: 'Beoordelingscriteria',
    enkelvoud: 'criterium',
    inleiding:
      'De criteria waarop de zorgverzekeraars transformatieplannen beoordelen, zoals lagere kosten onder de Zorgverzekeringswet, doelmatiger inzet van zorgpersoneel en de verschuiving van het medisch naar het sociaal domein. Elk criterium heeft een eigen schaal.',
  },
  afwegingsvragen: {
    onderdeel: 'aanvullende-plannen',
    deel: 'afwegingskader',
    titel: 'Afwegingskader',
    enkelvoud: 'vraag',
    inleiding:
      'De vragen waarop de werkgroep aanvullende plannen beoordeelt voordat de Kerngroep besluit. Elke vraag heeft een eigen schaal; de regio bepaalt de vragen zelf.',
  },
};

function useKader(naam: Toetsverzameling) {
  const k = kaders[naam];
  const onderdeel = useOnderdeel(k.onderdeel);
  const pad = `${onderdeel.pad}/${k.deel}`;
  return { ...onderdeel, k, pad, kruimels: [...onderdeel.kruimels, { label: k.titel, to: pad }] };
}

function ToetsvragenLijst({ naam }: { naam: Toetsverzameling }) {
  const { regioId, regio, rechten, k, pad, kruimels } = useKader(naam);
  const vragen = toetsvragen(naam).useLijst(regioId);
  const melding = useMelding();
  return (
    <>
      <RegioKop titel={k.titel} kruimels={kruimels}>
        <Paragraph>{k.inleiding}</Paragraph>
      </RegioKop>
      <Melding tekst={melding} />
      {rechten.magPlannenBewerken ? (
        <Paragraph>
          <AppButtonLink to={`${pad}/nieuw`} appearance="primary-action-button">
            {k.enkelvoud === 'vraag' ? 'Vraag toevoegen' : 'Criterium toevoegen'}
          </AppButtonLink>
        </Paragraph>
      ) : null}
      <MetGegevens query={vragen} wat={k.titel.toLowerCase()}>
        {({ items }) =>
          items.length === 0 ? (
            <Paragraph>De regio heeft nog geen {k.titel.toLowerCase()} vastgelegd; zonder vragen kan niemand scoren.</Paragraph>
          ) : (
            <>
              <ExcelKnop
                bestandsnaam={excelBestandsnaam(k.deel, regio?.naam)}
                bladen={[
                  {
                    naam: k.titel,
                    kolommen: [{ kop: 'Nr.', soort: 'getal' }, { kop: 'Vraag', breedte: 60 }, { kop: 'Schaal van', soort: 'getal' }, { kop: 'Schaal tot en met', soort: 'getal' }, { kop: 'Toelichting', breedte: 50 }],
                    rijen: items.map((v) => [v.volgorde, v.vraag, v.schaalMin, v.schaalMax, v.toelichting]),
                  },
                ]}
              />
              <Tabel label={k.titel} koppen={['Nr.', 'Vraag', 'Schaal', 'Toelichting', rechten.magPlannenBewerken && 'Acties']}>
                {items.map((v) => (
                  <Rij key={v.id} naam={naam} vraag={v} pad={pad} bewerken={rechten.magPlannenBewerken} />
                ))}
              </Tabel>
            </>
          )
        }
      </MetGegevens>
    </>
  );
}

function Rij({ naam, vraag: v, pad, bewerken }: { naam: Toetsverzameling; vraag: Toetsvraag; pad: string; bewerken: boolean }) {
  const { regioId } = useOnderdeel(kaders[naam].onderdeel);
  const verwijderen = toetsvragen(naam).useVerwijderen(regioId, v.id);
  return (
    <TableRow>
      <TableCell>{v.volgorde}</TableCell>
      <TableCell>{v.vraag}</TableCell>
      <TableCell className="geen-afbreking">
        {v.schaalMin} tot en met {v.schaalMax}
      </TableCell>
      <TableCell>{v.toelichting}</TableCell>
      {bewerken ? (
        <TableCell>
          <AppLink to={`${pad}/${v.id}/bewerken`}>
            Bewerken<span className="visueel-verborgen"> vraag {v.volgorde}</span>
          </AppLink>
          {v.aantalScores === 0 ? (
            <>
              <VerwijderKnop klein knopTekst="Verwijderen" toevoeging={`vraag ${v.volgorde}`} vraag={`Vraag ${v.volgorde} verwijderen?`} bezig={verwijderen.isPending} onBevestig={() => verwijderen.mutate(undefined)} />
              <Actiefout fout={verwijderen.error} tekst="Verwijderen is niet gelukt" />
            </>
          ) : (
            <Paragraph appearance="small">Al {v.aantalScores} keer gescoord: blijft bestaan.</Paragraph>
          )}
        </TableCell>
      ) : null}
    </TableRow>
  );
}

const labels = { vraag: 'Vraag', toelichting: 'Toelichting', schaalMin: 'Schaal van', schaalMax: 'Schaal tot en met', volgorde: 'Volgorde' };

function ToetsvraagFormulierPagina({ naam }: { naam: Toetsverzameling }) {
  const { regioId, rechten, k, pad, kruimels } = useKader(naam);
  const { vraagId } = useParams();
  const vraag = toetsvragen(naam).useLijst(regioId);
  const bestaand = vraag.data?.items.find((v) => v.id === vraagId);
  return (
    <FormulierPagina
      titel={vraagId ? `Vraag ${bestaand?.volgorde ?? ''} bewerken` : k.enkelvoud === 'vraag' ? 'Vraag toevoegen' : 'Criterium toevoegen'}
      kruimels={[...kruimels, { label: vraagId ? 'Bewerken' : 'Toevoegen', to: vraagId ? `${pad}/${vraagId}/bewerken` : `${pad}/nieuw` }]}
      mag={rechten.magPlannenBewerken}
      geenRecht={`Alleen de regiocoördinator wijzigt de ${k.titel.toLowerCase()}.`}
      laden={vraag.isPending}
      wat={k.titel.toLowerCase()}
    >
      {() => <ToetsvraagFormulier naam={naam} regioId={regioId} pad={pad} vraag={bestaand} />}
    </FormulierPagina>
  );
}

function ToetsvraagFormulier({ naam, regioId, pad, vraag }: { naam: Toetsverzameling; regioId: string; pad: string; vraag: Toetsvraag | undefined }) {
  const f = useFormulier({
    begin: {
      vraag: vraag?.vraag ?? '',
      toelichting: vraag?.toelichting ?? '',
      schaalMin: String(vraag?.schaalMin ?? 1),
      schaalMax: String(vraag?.schaalMax ?? 5),
      volgorde: vraag ? String(vraag.volgorde) : '',
    },
    labels,
  });
  const toevoegen = toetsvragen(naam).useToevoegen(regioId);
  const bijwerken = toetsvragen(naam).useBijwerken(regioId, vraag?.id ?? '');
  function verstuur() {
    const extra: Veldfouten = {};
    const getal = (tekst: string, veld: string) => {
      if (!/^-?\d+$/.test(tekst.trim())) extra[veld] = 'Vul een geheel getal in';
      return Number(tekst);
    };
    const waarden = {
      vraag: f.invoer.vraag,
      toelichting: f.invoer.toelichting,
      schaalMin: getal(f.invoer.schaalMin, 'schaalMin'),
      schaalMax: getal(f.invoer.schaalMax, 'schaalMax'),
      ...(f.invoer.volgorde.trim() ? { volgorde: getal(f.invoer.volgorde, 'volgorde') } : {}),
    };
    const geldig = f.controleer(toetsvraagCreateSchema, waarden, extra);
    if (!geldig) return;
    if (vraag) f.opslaan(bijwerken, alleenGewijzigd(geldig, vraag), pad, { melding: `Vraag ${vraag.volgorde} is gewijzigd.` });
    else f.opslaan(toevoegen, geldig, pad, { melding: 'De vraag is toegevoegd.' });
  }
  return (
    <Formulier formulier={f} onVerstuur={verstuur} bezig={toevoegen.isPending || bijwerken.isPending} annulerenNaar={pad}>
      <TekstvakVeld {...f.veld('vraag')} verplicht rows={2} />
      <TekstvakVeld {...f.veld('toelichting')} rows={2} />
      <TekstVeld {...f.veld('schaalMin')} verplicht inputMode="numeric" className="invoer-code" beschrijving="De laagste score, bijvoorbeeld 1." />
      <TekstVeld
        {...f.veld('schaalMax')}
        verplicht
        inputMode="numeric"
        className="invoer-code"
        beschrijving={vraag?.aantalScores ? `Er is al ${vraag.aantalScores} keer gescoord; de schaal blijft die scores omvatten.` : 'De hoogste score, bijvoorbeeld 5.'}
      />
      <TekstVeld {...f.veld('volgorde')} inputMode="numeric" className="invoer-code" beschrijving="Leeg: achteraan." />
    </Formulier>
  );
}

export const BeoordelingscriteriaPagina = () => <ToetsvragenLijst naam="beoordelingscriteria" />;
export const BeoordelingscriteriumFormulierPagina = () => <ToetsvraagFormulierPagina naam="beoordelingscriteria" />;
export const AfwegingskaderPagina = () => <ToetsvragenLijst naam="afwegingsvragen" />;
export const AfwegingsvraagFormulierPagina = () => <ToetsvraagFormulierPagina naam="afwegingsvragen" />;
