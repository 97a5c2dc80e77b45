import {
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Paragraph,
  RadioButton,
  Textbox,
} from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';
import { gemeenteToevoegenSchema } from '../../../common/contracts/regios';
import { KeuzeVeld, TekstVeld, TekstvakVeld, veldId, type Veldfouten } from '../../components/formulier';
import { Formulier, FormulierPagina } from '../../components/formulier-pagina';
import { useFormulier } from '../../components/formulier-status';
import { foutTekst, useOnderdeel } from '../../components/regio-pagina';
import { aantal, formatGetal } from '../../format';
import {
  gemeenteLabels,
  gemeenteRolKeuzes,
  gemeenteRolUitleg,
  portefeuillehouderUitleg,
} from './GemeenteBewerkenPagina';
import { useGemeenteregister, useGemeenten, useGemeenteToevoegen, type RegisterGemeente } from './gemeenten.api';

/** Adds a municipality from the national register to the region (regiocoördinator, beheerder). */
export function GemeenteToevoegenPagina() {
  const { rechten, pad, kruimels } = useOnderdeel('gemeenten');
  return (
    <FormulierPagina
      titel="Gemeente toevoegen"
      kruimels={[...kruimels, { label: 'Toevoegen', to: `${pad}/nieuw` }]}
      mag={rechten.magRegioBewerken}
      geenRecht="Alleen de regiocoördinator kan gemeenten aan de regio toevoegen."
      wat="het formulier"
    >
      {() => <GemeenteToevoegenFormulier />}
    </FormulierPagina>
  );
}

function GemeenteToevoegenFormulier() {
  const { regioId, pad } = useOnderdeel('gemeenten');
  const leden = useGemeenten(regioId);
  const toevoegen = useGemeenteToevoegen(regioId);
  const [gekozen, setGekozen] = useState<RegisterGemeente | null>(null);
  const f = useFormulier({
    begin: { gemeentecode: '', rol: 'regiogemeente', portefeuillehouder: '', toelichting: '' },
    labels: gemeenteLabels,
    conflictVeld: 'gemeentecode',
  });
  const inRegio = new Set((leden.data?.items ?? []).map((g) => g.gemeentecode));

  function verstuur() {
    const extra: Veldfouten = {};
    if (!f.invoer.gemeentecode) extra.gemeentecode = 'Kies een gemeente uit het gemeenteregister';
    const nieuw = f.controleer(gemeenteToevoegenSchema, f.invoer, extra);
    if (!nieuw) return;
    const naam = gekozen?.naam ?? nieuw.gemeentecode;
    f.opslaan(toevoegen, nieuw, pad, { melding: `${naam} is aan de regio toegevoegd.` });
  }

  return (
    <Formulier formulier={f} onVerstuur={verstuur} bezig={toevoegen.isPending} verstuurTekst="Gemeente toevoegen" annulerenNaar={pad}>
      <RegisterKeuze
        gekozen={gekozen}
        onKies={(g) => {
          setGekozen(g);
          f.zet('gemeentecode')(g.gemeentecode);
        }}
        inRegio={inRegio}
        fout={f.fouten.velden.gemeentecode}
      />
      <KeuzeVeld {...f.veld('rol')} verplicht beschrijving={gemeenteRolUitleg} keuzes={gemeenteRolKeuzes} />
      <TekstVeld {...f.veld('portefeuillehouder')} beschrijving={portefeuillehouderUitleg} />
      <TekstvakVeld {...f.veld('toelichting')} />
    </Formulier>
  );
}

/** Waits until typing pauses before the value changes, so the register is not asked at every key. */
function useNaPauze<T>(waarde: T, ms = 250): T {
  const [na, setNa] = useState(waarde);
  useEffect(() => {
    const timer = window.setTimeout(() => setNa(waarde), ms);
    return () => window.clearTimeout(timer);
  }, [waarde, ms]);
  return na;
}

/**
 * Search the national register and pick one municipality: a search box and the results as radio
 * buttons. Members of the region are shown but cannot be picked again.
 */
function RegisterKeuze({
  gekozen,
  onKies,
  inRegio,
  fout,
}: {
  gekozen: RegisterGemeente | null;
  onKies: (gemeente: RegisterGemeente) => void;
  inRegio: Set<string>;
  fout: string | undefined;
}) {
  const [zoek, setZoek] = useState('');
  const term = useNaPauze(zoek);
  const register = useGemeenteregister(term);
  const id = veldId('gemeentecode');
  const beschrijving = `${id}-beschrijving`;
  const foutId = `${id}-fout`;
  const gevonden = register.data?.items ?? [];
  const getoond = gekozen && !gevonden.some((g) => g.gemeentecode === gekozen.gemeentecode) ? [gekozen, ...gevonden] : gevonden;

  let telling: string;
  if (register.isPending) telling = 'Bezig met zoeken in het gemeenteregister…';
  else if (register.isError) telling = `Zoeken in het gemeenteregister is niet gelukt: ${foutTekst(register.error)}`;
  else if (register.data.totaal === 0) telling = term.trim() ? `Geen gemeente gevonden met “${term.trim()}”.` : 'Het gemeenteregister is leeg.';
  else if (register.data.totaal > gevonden.length)
    telling = `${aantal(register.data.totaal, 'gemeente', 'gemeenten')} gevonden; de eerste ${formatGetal(gevonden.length)} staan hieronder. Typ meer van de naam om verder te zoeken.`;
  else telling = `${aantal(register.data.totaal, 'gemeente', 'gemeenten')} gevonden.`;

  return (
    <Fieldset invalid={Boolean(fout)} aria-describedby={fout ? `${beschrijving} ${foutId}` : beschrijving}>
      <FieldsetLegend>
        Gemeente<span className="verplicht"> (verplicht)</span>
      </FieldsetLegend>
      <FormFieldDescription id={beschrijving}>
        Zoek op naam of gemeentecode (zoals GM0984) in het gemeenteregister van het CBS en kies de gemeente.
      </FormFieldDescription>
      {fout ? (
        <FormFieldErrorMessage id={foutId}>
          <span className="visueel-verborgen">Fout: </span>
          {fout}
        </FormFieldErrorMessage>
      ) : null}
      <FormField type="text">
        <FormLabel htmlFor={id}>Zoek in het gemeenteregister</FormLabel>
        <Textbox
          id={id}
          type="search"
          value={zoek}
          invalid={Boolean(fout)}
          autoComplete="off"
          className="invoer-kort"
          aria-describedby={fout ? `${beschrijving} ${foutId}` : beschrijving}
          onChange={(e) => setZoek(e.target.value)}
          onKeyDown={(e) => {
            // Enter searches; it does not submit the whole form.
            if (e.key === 'Enter') e.preventDefault();
          }}
        />
      </FormField>
      <Paragraph role="status" className="register-telling">
        {telling}
      </Paragraph>
      {getoond.length > 0 ? (
        <div className="register-keuzes">
          {getoond.map((g) => {
            const lid = inRegio.has(g.gemeentecode);
            const keuzeId = `register-${g.gemeentecode}`;
            return (
              <FormField type="radio" key={g.gemeentecode}>
                <div className="vinkveld">
                  <RadioButton
                    id={keuzeId}
                    name="gemeentecode"
                    value={g.gemeentecode}
                    checked={gekozen?.gemeentecode === g.gemeentecode}
                    disabled={lid}
                    onChange={() => onKies(g)}
                  />
                  <FormLabel htmlFor={keuzeId} type="radio" disabled={lid}>
                    {g.naam} ({g.gemeentecode}), {formatGetal(g.inwoners)} inwoners
                    {lid ? <span className="register-keuze__lid"> – hoort al bij deze regio</span> : null}
                  </FormLabel>
                </div>
              </FormField>
            );
          })}
        </div>
      ) : null}
    </Fieldset>
  );
}
