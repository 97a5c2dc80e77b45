import { Button, Fieldset, FieldsetLegend, FormFieldErrorMessage, Paragraph } from '@utrecht/component-library-react';
import { useParams } from 'react-router';
import { versieCreateSchema } from '../../../common/contracts/financien';
import { formatEuro } from '../../../common/geld';
import { TekstVeld, TekstvakVeld, type Veldfouten } from '../../components/formulier';
import { Formulier, FormulierPagina } from '../../components/formulier-pagina';
import { useFormulier } from '../../components/formulier-status';
import { useOnderdeel } from '../../components/regio-pagina';
import { centenNaarInvoer, euroInvoerNaarCenten } from '../../format';
import { useBegroting, useNieuweVersie, useVersieWijzigen, type BegrotingDetail } from './financien.api';

/** A new concept version of a budget, or changing the concept there is (one concept at a time). */
export function VersieFormulierPagina() {
  const { regioId, pad, kruimels, rechten } = useOnderdeel('begroting');
  const { jaar = '', begrotingId = '' } = useParams();
  const begroting = useBegroting(regioId, begrotingId);
  const concept = begroting.data?.versies.find((v) => v.status === 'concept');
  const titel = concept ? `Versie ${concept.versie} bewerken` : 'Nieuwe versie van de begroting';
  return (
    <FormulierPagina
      titel={titel}
      kruimels={[...kruimels, { label: jaar, to: `${pad}/${jaar}` }, { label: concept ? 'Versie bewerken' : 'Nieuwe versie', to: `${pad}/${jaar}/${begrotingId}/nieuwe-versie` }]}
      mag={rechten.magFinancienBewerken}
      geenRecht="Alleen de regiocoördinator en de financieel adviseur kunnen de begroting wijzigen."
      query={begroting}
      wat="de begroting"
    >
      {(b) => (b ? <VersieFormulier begroting={b} terug={`${pad}/${jaar}`} regioId={regioId} /> : null)}
    </FormulierPagina>
  );
}

/** Labels of the fields by wire name, so server problems ("regels.3.bedragCenten") land on their field. */
function regelLabels(aantalRegels: number): Record<string, string> {
  const labels: Record<string, string> = { toelichting: 'Toelichting', regels: 'Begrotingsregels' };
  for (let i = 0; i < aantalRegels; i++) {
    labels[`regels.${i}.code`] = `Regel ${i + 1}: code`;
    labels[`regels.${i}.omschrijving`] = `Regel ${i + 1}: omschrijving`;
    labels[`regels.${i}.bedragCenten`] = `Regel ${i + 1}: bedrag`;
  }
  return labels;
}

interface Regelinvoer {
  code: string;
  omschrijving: string;
  bedrag: string;
  taakNummer: number | null;
}

function VersieFormulier({ begroting, terug, regioId }: { begroting: BegrotingDetail; terug: string; regioId: string }) {
  const concept = begroting.versies.find((v) => v.status === 'concept');
  const bron = concept?.regels ?? begroting.regels;
  const f = useFormulier({
    begin: {
      toelichting: concept?.toelichting ?? '',
      regels: bron.map<Regelinvoer>((r) => ({ code: r.code, omschrijving: r.omschrijving, bedrag: centenNaarInvoer(r.bedragCenten), taakNummer: r.taakNummer })),
    },
    labels: regelLabels(Math.max(200, bron.length + 100)),
  });
  const nieuw = useNieuweVersie(regioId, begroting.id);
  const wijzigen = useVersieWijzigen(regioId, begroting.id, concept?.versie ?? 0);
  const centen = f.invoer.regels.map((r) => euroInvoerNaarCenten(r.bedrag));
  const totaal = centen.reduce<number>((s, c) => s + (c ?? 0), 0);

  const zetRegel = (i: number, veld: keyof Regelinvoer) => (waarde: string) =>
    f.setInvoer((x) => ({ ...x, regels: x.regels.map((r, j) => (j === i ? { ...r, [veld]: waarde } : r)) }));

  function verstuur() {
    const extra: Veldfouten = {};
    centen.forEach((c, i) => {
      if (c === null) extra[`regels.${i}.bedragCenten`] = 'Vul een bedrag in euro in, zoals 12.500 of 1.234,56 (hoogstens twee decimalen)';
    });
    const waarden = {
      toelichting: f.invoer.toelichting,
      regels: f.invoer.regels.map((r, i) => ({ code: r.code, omschrijving: r.omschrijving, taakNummer: r.taakNummer, bedragCenten: centen[i] ?? 0 })),
    };
    const geldig = f.controleer(versieCreateSchema, waarden, extra);
    if (!geldig) return;
    const melding = concept ? `Versie ${concept.versie} is opgeslagen.` : 'De nieuwe versie is opgeslagen als concept.';
    f.opslaan(concept ? wijzigen : nieuw, geldig, terug, { melding });
  }

  return (
    <Formulier formulier={f} onVerstuur={verstuur} bezig={nieuw.isPending || wijzigen.isPending} annulerenNaar={terug}>
      <Paragraph>
        {concept
          ? `Versie ${concept.versie} is een concept en kan nog worden gewijzigd; daarna stelt het PHO haar vast.`
          : `De nieuwe versie begint als concept met de regels van versie ${begroting.versie}; na vaststelling door het PHO gaat zij gelden.`}{' '}
        Het totaal mag niet boven het plafond van {formatEuro(begroting.plafondCenten)} komen.
      </Paragraph>
      <Fieldset>
        <FieldsetLegend>Begrotingsregels</FieldsetLegend>
        {f.fouten.velden.regels ? (
          <FormFieldErrorMessage id="veld-regels">
            <span className="visueel-verborgen">Fout: </span>
            {f.fouten.velden.regels}
          </FormFieldErrorMessage>
        ) : null}
        {f.invoer.regels.map((r, i) => (
          <div key={i} className="regelinvoer" role="group" aria-label={`Regel ${i + 1}`}>
            <TekstVeld name={`regels.${i}.code`} label="Code" verplicht value={r.code} onChange={zetRegel(i, 'code')} fout={f.fouten.velden[`regels.${i}.code`]} className="invoer-code" />
            <TekstVeld
              name={`regels.${i}.omschrijving`}
              label="Omschrijving"
              verplicht
              value={r.omschrijving}
              onChange={zetRegel(i, 'omschrijving')}
              fout={f.fouten.velden[`regels.${i}.omschrijving`]}
            />
            <TekstVeld
              name={`regels.${i}.bedragCenten`}
              label="Bedrag in euro"
              verplicht
              inputMode="decimal"
              value={r.bedrag}
              onChange={zetRegel(i, 'bedrag')}
              fout={f.fouten.velden[`regels.${i}.bedragCenten`]}
              beschrijving={i === 0 ? 'Zoals 500.000 of 17.850,50.' : undefined}
              className="invoer-kort"
            />
            <Button
              appearance="subtle-button"
              hint="danger"
              onClick={() => f.setInvoer((x) => ({ ...x, regels: x.regels.filter((_, j) => j !== i) }))}
            >
              Regel verwijderen<span className="visueel-verborgen"> {r.code || i + 1}</span>
            </Button>
          </div>
        ))}
        <Button
          appearance="secondary-action-button"
          onClick={() => f.setInvoer((x) => ({ ...x, regels: [...x.regels, { code: '', omschrijving: '', bedrag: '', taakNummer: null }] }))}
        >
          Regel toevoegen
        </Button>
        <Paragraph aria-live="polite" className="telling">
          Totaal {formatEuro(totaal)} van {formatEuro(begroting.plafondCenten)}
          {totaal > begroting.plafondCenten ? `: ${formatEuro(totaal - begroting.plafondCenten)} boven het plafond` : ''}
        </Paragraph>
      </Fieldset>
      <TekstvakVeld {...f.veld('toelichting')} label="Toelichting" beschrijving="Waarom deze versie, bijvoorbeeld de halfjaarlijkse bijstelling." rows={3} />
    </Formulier>
  );
}
