import { Paragraph } from '@utrecht/component-library-react';
import { useSearchParams } from 'react-router';
import { vensterAntwoordInvoerSchema, type VensterAntwoord, type VensterRespondent, type VensterVraag } from '../../../common/contracts/venster';
import { KeuzeVeld, TekstvakVeld } from '../../components/formulier';
import { Formulier, FormulierPagina } from '../../components/formulier-pagina';
import { useFormulier } from '../../components/formulier-status';
import { useOnderdeel } from '../../components/regio-pagina';
import { useAntwoorden, useInvullen, useRespondenten, useVensterVragen } from './venster.api';

/** Filling in the Venster of a year for one municipality or insurer (`venster/invullen?jaar=…&gemeentecode=…`). */
export function VensterInvullenPagina() {
  const { regioId, pad, kruimels, rechten } = useOnderdeel('venster');
  const [zoek] = useSearchParams();
  const jaar = Number(zoek.get('jaar')) || undefined;
  const gemeentecode = zoek.get('gemeentecode');
  const organisatieId = zoek.get('organisatieId');
  const respondenten = useRespondenten(regioId, jaar);
  const vragen = useVensterVragen(regioId, jaar);
  const antwoorden = useAntwoorden(regioId, jaar);
  const respondent = respondenten.data?.items.find((r) => (gemeentecode ? r.gemeentecode === gemeentecode : r.organisatieId === organisatieId));
  const naam = respondent?.naam ?? gemeentecode ?? 'respondent';
  return (
    <FormulierPagina
      titel={`Venster ${jaar ?? ''} invullen voor ${naam}`}
      kruimels={[...kruimels, { label: 'Invullen', to: `${pad}/invullen?${zoek}` }]}
      mag={rechten.magVensterInvullen({ gemeentecode, organisatieId })}
      geenRecht="Het Venster vult een gemeente of zorgverzekeraar voor zichzelf in, of de regiocoördinator."
      query={respondenten}
      laden={vragen.isPending || antwoorden.isPending}
      wat="het Venster"
    >
      {() =>
        !respondent || !jaar ? (
          <Paragraph>Deze gemeente of zorgverzekeraar vult het Venster van deze regio niet in.</Paragraph>
        ) : (
          <InvulFormulier
            regioId={regioId}
            pad={pad}
            jaar={jaar}
            respondent={respondent}
            vragen={vragen.data?.items ?? []}
            eerder={antwoorden.data?.items.find((a) => a.id === respondent.antwoordId)}
          />
        )
      }
    </FormulierPagina>
  );
}

function InvulFormulier({
  regioId,
  pad,
  jaar,
  respondent,
  vragen,
  eerder,
}: {
  regioId: string;
  pad: string;
  jaar: number;
  respondent: VensterRespondent;
  vragen: VensterVraag[];
  eerder: VensterAntwoord | undefined;
}) {
  const veld = (id: string) => `scores.${id}`;
  const labels: Record<string, string> = { opmerking: 'Opmerking', jaar: 'Jaar', gemeentecode: 'Gemeente', organisatieId: 'Zorgverzekeraar' };
  for (const v of vragen) labels[veld(v.id)] = v.vraag;
  const begin: Record<string, string> = { opmerking: eerder?.opmerking ?? '' };
  for (const v of vragen) begin[veld(v.id)] = eerder?.scores[v.id] !== undefined ? String(eerder.scores[v.id]) : '';
  const f = useFormulier({ begin, labels });
  const invullen = useInvullen(regioId);

  function verstuur() {
    const leeg = Object.fromEntries(vragen.filter((v) => !f.invoer[veld(v.id)]).map((v) => [veld(v.id), 'Kies een score']));
    const waarden = {
      jaar,
      ...(respondent.gemeentecode ? { gemeentecode: respondent.gemeentecode } : { organisatieId: respondent.organisatieId }),
      scores: Object.fromEntries(vragen.filter((v) => f.invoer[veld(v.id)]).map((v) => [v.id, Number(f.invoer[veld(v.id)])])),
      opmerking: f.invoer.opmerking,
    };
    const geldig = f.controleer(vensterAntwoordInvoerSchema, waarden, leeg);
    if (!geldig) return;
    f.opslaan(invullen, geldig, `${pad}?jaar=${jaar}`, { melding: `Het Venster ${jaar} van ${respondent.naam} is opgeslagen.` });
  }

  if (vragen.length === 0) return <Paragraph>Het Venster {jaar} heeft nog geen vragen.</Paragraph>;
  return (
    <Formulier formulier={f} onVerstuur={verstuur} bezig={invullen.isPending} annulerenNaar={`${pad}?jaar=${jaar}`}>
      {eerder ? <Paragraph>{respondent.naam} heeft dit Venster al ingevuld; opslaan vervangt dat antwoord.</Paragraph> : null}
      {vragen.map((v) => (
        <KeuzeVeld
          key={v.id}
          {...f.veld(veld(v.id))}
          value={f.invoer[veld(v.id)] ?? ''}
          verplicht
          beschrijving={`Een score van ${v.schaalMin} (laagst) tot en met ${v.schaalMax} (hoogst).`}
          keuzes={[{ waarde: '', label: 'Kies een score' }, ...Array.from({ length: v.schaalMax - v.schaalMin + 1 }, (_, i) => ({ waarde: String(v.schaalMin + i), label: String(v.schaalMin + i) }))]}
        />
      ))}
      <TekstvakVeld {...f.veld('opmerking')} value={f.invoer.opmerking ?? ''} rows={3} />
    </Formulier>
  );
}
