import { Paragraph } from '@utrecht/component-library-react';
import { useParams } from 'react-router';
import { prognoseSchema } from '../../../common/contracts/financien';
import { formatEuro } from '../../../common/geld';
import { TekstVeld, type Veldfouten } from '../../components/formulier';
import { Formulier, FormulierPagina } from '../../components/formulier-pagina';
import { useFormulier } from '../../components/formulier-status';
import { useOnderdeel } from '../../components/regio-pagina';
import { centenNaarInvoer, euroInvoerNaarCenten } from '../../format';
import { useBegroting, usePrognoses, type BegrotingDetail } from './financien.api';
import { regelLabel } from './financien';

/** The expected spending per line at the end of the year; over- and under-spending are flagged in the overview. */
export function PrognosePagina() {
  const { regioId, pad, kruimels, rechten } = useOnderdeel('begroting');
  const { jaar = '', begrotingId = '' } = useParams();
  const begroting = useBegroting(regioId, begrotingId);
  return (
    <FormulierPagina
      titel={`Prognose ${jaar} bijwerken`}
      kruimels={[...kruimels, { label: jaar, to: `${pad}/${jaar}` }, { label: 'Prognose', to: `${pad}/${jaar}/${begrotingId}/prognose` }]}
      mag={rechten.magFinancienBewerken}
      geenRecht="Alleen de regiocoördinator en de financieel adviseur kunnen de prognose bijwerken."
      query={begroting}
      wat="de begroting"
    >
      {(b) => (b ? <PrognoseFormulier begroting={b} regioId={regioId} terug={`${pad}/${jaar}`} /> : null)}
    </FormulierPagina>
  );
}

function PrognoseFormulier({ begroting, regioId, terug }: { begroting: BegrotingDetail; regioId: string; terug: string }) {
  const labels: Record<string, string> = { regels: 'Prognose' };
  begroting.regels.forEach((r, i) => {
    labels[`regels.${i}.prognoseCenten`] = regelLabel(r);
  });
  const f = useFormulier({
    begin: Object.fromEntries(begroting.regels.map((r) => [r.code, r.prognoseCenten === null ? '' : centenNaarInvoer(r.prognoseCenten)])) as Record<string, string>,
    labels,
  });
  const opslaan = usePrognoses(regioId, begroting.id);

  function verstuur() {
    const extra: Veldfouten = {};
    const regels: Array<{ code: string; prognoseCenten: number }> = [];
    begroting.regels.forEach((r, i) => {
      const tekst = f.invoer[r.code] ?? '';
      if (tekst.trim() === '') return;
      const centen = euroInvoerNaarCenten(tekst);
      if (centen === null) extra[`regels.${i}.prognoseCenten`] = 'Vul een bedrag in euro in, zoals 450.000 of 1.234,56';
      else regels.push({ code: r.code, prognoseCenten: centen });
    });
    if (regels.length === 0 && Object.keys(extra).length === 0) extra.regels = 'Vul voor minstens één regel een prognose in';
    const geldig = f.controleer(prognoseSchema, { regels }, extra);
    if (geldig) f.opslaan(opslaan, geldig, terug, { melding: 'De prognose is bijgewerkt.' });
  }

  return (
    <Formulier formulier={f} onVerstuur={verstuur} bezig={opslaan.isPending} annulerenNaar={terug}>
      <Paragraph>
        Wat verwacht u per onderdeel aan het eind van {begroting.jaar} te hebben uitgegeven? Het financieel overzicht zet dit
        naast de begroting en signaleert over- en onderbesteding. Laat een regel leeg om haar prognose te houden.
      </Paragraph>
      {begroting.regels.map((r, i) => (
        <TekstVeld
          key={r.id}
          name={`regels.${i}.prognoseCenten`}
          label={regelLabel(r)}
          beschrijving={`Begroot: ${formatEuro(r.bedragCenten)}.`}
          inputMode="decimal"
          value={f.invoer[r.code] ?? ''}
          onChange={(waarde) => f.setInvoer((x) => ({ ...x, [r.code]: waarde }))}
          fout={f.fouten.velden[`regels.${i}.prognoseCenten`]}
          className="invoer-kort"
        />
      ))}
    </Formulier>
  );
}
