import { Paragraph } from '@utrecht/component-library-react';
import { useParams } from 'react-router';
import { versieCreateSchema } from '../../../common/contracts/financien';
import { formatEuro } from '../../../common/geld';
import { TekstvakVeld } from '../../components/formulier';
import { Formulier, FormulierPagina } from '../../components/formulier-pagina';
import { useFormulier } from '../../components/formulier-status';
import { useOnderdeel } from '../../components/regio-pagina';
import { Begrotingsregels, regelInvoer, regelLabels, regelsVoorApi } from './begrotingsregels';
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

function VersieFormulier({ begroting, terug, regioId }: { begroting: BegrotingDetail; terug: string; regioId: string }) {
  const concept = begroting.versies.find((v) => v.status === 'concept');
  const bron = concept?.regels ?? begroting.regels;
  const f = useFormulier({
    begin: {
      toelichting: concept?.toelichting ?? '',
      regels: bron.map(regelInvoer),
    },
    labels: { toelichting: 'Toelichting', ...regelLabels() },
  });
  const nieuw = useNieuweVersie(regioId, begroting.id);
  const wijzigen = useVersieWijzigen(regioId, begroting.id, concept?.versie ?? 0);

  function verstuur() {
    const { regels, fouten } = regelsVoorApi(f.invoer.regels);
    const geldig = f.controleer(versieCreateSchema, { toelichting: f.invoer.toelichting, regels }, fouten);
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
      <Begrotingsregels regels={f.invoer.regels} onWijzig={f.zet('regels')} fouten={f.fouten.velden} plafondCenten={begroting.plafondCenten} />
      <TekstvakVeld {...f.veld('toelichting')} label="Toelichting" beschrijving="Waarom deze versie, bijvoorbeeld de halfjaarlijkse bijstelling." rows={3} />
    </Formulier>
  );
}
