import { Button, Fieldset, FieldsetLegend, FormFieldErrorMessage, Paragraph } from '@utrecht/component-library-react';
import { lokaleVerdelingen, verdeelsleutelCreateSchema } from '../../../common/contracts/financien';
import { formatBasispunten } from '../../../common/geld';
import { KeuzeVeld, TekstVeld, TekstvakVeld, VinkVeld, type Veldfouten } from '../../components/formulier';
import { Formulier, FormulierPagina } from '../../components/formulier-pagina';
import { useFormulier } from '../../components/formulier-status';
import { useOnderdeel } from '../../components/regio-pagina';
import { label, lokaleVerdelingLabels } from '../../i18n/nl';
import { useVerdeelsleutelToevoegen } from './financien.api';

/** "60", "12,5", "33,33%" → basis points, read as text (no floating point); null when not a percentage with at most two decimals. */
export function procentNaarBasispunten(invoer: string): number | null {
  const m = /^(\d{1,3})(?:[,.](\d{1,2}))?$/.exec(invoer.replace(/[%\s]/g, ''));
  if (!m) return null;
  const bp = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  return bp <= 10000 ? bp : null;
}

function labelsVoor(aantal: number): Record<string, string> {
  const labels: Record<string, string> = { naam: 'Naam', lokaleVerdeling: 'Lokale verdeling', toelichting: 'Toelichting', doelen: 'Doelen' };
  for (let i = 0; i < aantal; i++) {
    labels[`doelen.${i}.doel`] = `Doel ${i + 1}: omschrijving`;
    labels[`doelen.${i}.aandeelBasispunten`] = `Doel ${i + 1}: aandeel`;
  }
  return labels;
}

export function VerdeelsleutelFormulierPagina() {
  const { pad, kruimels, rechten } = useOnderdeel('verdeelsleutels');
  return (
    <FormulierPagina
      titel="Verdeelsleutel toevoegen"
      kruimels={[...kruimels, { label: 'Toevoegen', to: `${pad}/nieuw` }]}
      mag={rechten.magFinancienBewerken}
      geenRecht="Alleen de regiocoördinator en de financieel adviseur kunnen verdeelsleutels vastleggen."
      wat="het formulier"
    >
      {() => <VerdeelsleutelFormulier />}
    </FormulierPagina>
  );
}

function VerdeelsleutelFormulier() {
  const { regioId, pad } = useOnderdeel('verdeelsleutels');
  const f = useFormulier({
    begin: {
      naam: '',
      lokaleVerdeling: 'inwoners',
      toelichting: '',
      doelen: [
        { doel: 'Lokale preventie-infrastructuur', aandeel: '60', lokaal: true },
        { doel: 'Regionale samenwerking', aandeel: '40', lokaal: false },
      ],
    },
    labels: labelsVoor(50),
  });
  const toevoegen = useVerdeelsleutelToevoegen(regioId);
  const bp = f.invoer.doelen.map((d) => procentNaarBasispunten(d.aandeel));
  const som = bp.reduce<number>((s, x) => s + (x ?? 0), 0);
  const zetDoel = (i: number, veld: 'doel' | 'aandeel' | 'lokaal') => (waarde: string | boolean) =>
    f.setInvoer((x) => ({ ...x, doelen: x.doelen.map((d, j) => (j === i ? { ...d, [veld]: waarde } : d)) }));

  function verstuur() {
    const extra: Veldfouten = {};
    bp.forEach((b, i) => {
      if (b === null) extra[`doelen.${i}.aandeelBasispunten`] = 'Vul een percentage in van 0 tot en met 100, met hoogstens twee decimalen (zoals 60 of 12,5)';
    });
    if (!Object.keys(extra).length && som !== 10000) extra.doelen = `De aandelen tellen op tot ${formatBasispunten(som)} in plaats van 100%`;
    const waarden = {
      naam: f.invoer.naam,
      lokaleVerdeling: f.invoer.lokaleVerdeling,
      toelichting: f.invoer.toelichting,
      doelen: f.invoer.doelen.map((d, i) => ({ doel: d.doel, aandeelBasispunten: bp[i] ?? 0, lokaal: d.lokaal })),
    };
    const geldig = f.controleer(verdeelsleutelCreateSchema, waarden, extra);
    if (geldig) f.opslaan(toevoegen, geldig, (s) => `${pad}/${s.id}`, { melding: 'De verdeelsleutel is vastgelegd.' });
  }

  return (
    <Formulier formulier={f} onVerstuur={verstuur} bezig={toevoegen.isPending} annulerenNaar={pad}>
      <TekstVeld {...f.veld('naam')} verplicht />
      <Fieldset>
        <FieldsetLegend>Doelen</FieldsetLegend>
        <Paragraph>De aandelen tellen samen op tot 100%. Vink “lokaal” aan bij een doel dat over de gemeenten wordt verdeeld.</Paragraph>
        {f.fouten.velden.doelen ? (
          <FormFieldErrorMessage id="veld-doelen">
            <span className="visueel-verborgen">Fout: </span>
            {f.fouten.velden.doelen}
          </FormFieldErrorMessage>
        ) : null}
        {f.invoer.doelen.map((d, i) => (
          <div key={i} className="regelinvoer" role="group" aria-label={`Doel ${i + 1}`}>
            <TekstVeld name={`doelen.${i}.doel`} label="Doel" verplicht value={d.doel} onChange={zetDoel(i, 'doel')} fout={f.fouten.velden[`doelen.${i}.doel`]} />
            <TekstVeld
              name={`doelen.${i}.aandeelBasispunten`}
              label="Aandeel in procenten"
              verplicht
              inputMode="decimal"
              value={d.aandeel}
              onChange={zetDoel(i, 'aandeel')}
              fout={f.fouten.velden[`doelen.${i}.aandeelBasispunten`]}
              className="invoer-kort"
            />
            <VinkVeld name={`doelen.${i}.lokaal`} label="Lokaal: verdelen over de gemeenten" checked={d.lokaal} onChange={zetDoel(i, 'lokaal')} />
            {f.invoer.doelen.length > 1 ? (
              <Button appearance="subtle-button" hint="danger" onClick={() => f.setInvoer((x) => ({ ...x, doelen: x.doelen.filter((_, j) => j !== i) }))}>
                Doel verwijderen<span className="visueel-verborgen"> {i + 1}</span>
              </Button>
            ) : null}
          </div>
        ))}
        <Button appearance="secondary-action-button" onClick={() => f.setInvoer((x) => ({ ...x, doelen: [...x.doelen, { doel: '', aandeel: '', lokaal: false }] }))}>
          Doel toevoegen
        </Button>
        <Paragraph aria-live="polite" className="telling">
          Samen {formatBasispunten(som)}
        </Paragraph>
      </Fieldset>
      <KeuzeVeld
        {...f.veld('lokaleVerdeling')}
        verplicht
        beschrijving="Hoe het lokale deel over de gemeenten wordt verdeeld."
        keuzes={lokaleVerdelingen.map((l) => ({ waarde: l, label: label(lokaleVerdelingLabels, l) }))}
      />
      <TekstvakVeld {...f.veld('toelichting')} rows={3} />
    </Formulier>
  );
}
