import { Paragraph } from '@utrecht/component-library-react';
import { useParams } from 'react-router';
import { vaststellingSchema } from '../../../common/contracts/financien';
import { formatEuro } from '../../../common/geld';
import { KeuzeVeld, TekstVeld } from '../../components/formulier';
import { Formulier, FormulierPagina } from '../../components/formulier-pagina';
import { useFormulier } from '../../components/formulier-status';
import { AppLink } from '../../components/links';
import { useOnderdeel } from '../../components/regio-pagina';
import { vergaderingenPad } from '../besluiten/besluiten.api';
import { useOverlegorganen } from '../overlegorganen/overlegorganen.api';
import { useBegroting, useVaststellen, type BegrotingDetail } from './financien.api';

const labels: Record<string, string> = {
  vastgesteldOp: 'Datum van het besluit',
  overlegorgaanId: 'Vastgesteld door',
  besluitReferentie: 'Besluitreferentie',
  versie: 'Versie',
};

/**
 * Adopting a concept version: a decision of the PHO (DOMAIN.md §5). The normal way is a decision in
 * a PHO meeting (decision register), linked to the version; this form records a decision taken
 * outside Regiekamer, which only the coordinator may do (decision 0005, point 12).
 */
export function VaststellenPagina() {
  const { regioId, pad, kruimels, rechten } = useOnderdeel('begroting');
  const { jaar = '', begrotingId = '', versie = '' } = useParams();
  const begroting = useBegroting(regioId, begrotingId);
  const organen = useOverlegorganen(regioId);
  return (
    <FormulierPagina
      titel={`Versie ${versie} vaststellen`}
      kruimels={[...kruimels, { label: jaar, to: `${pad}/${jaar}` }, { label: `Versie ${versie} vaststellen`, to: `${pad}/${jaar}/${begrotingId}/versies/${versie}/vaststellen` }]}
      mag={rechten.magBesluitenBewerken}
      geenRecht={
        <>
          Een begrotingsversie wordt vastgesteld bij besluit van het PHO: zet de vaststelling als voorstel op de agenda van een{' '}
          <AppLink to={vergaderingenPad(regioId)}>vergadering van het PHO</AppLink>. Een besluit dat buiten Regiekamer is genomen, legt
          alleen de regiocoördinator hier vast.
        </>
      }
      query={begroting}
      laden={organen.isPending}
      wat="de begroting"
    >
      {(b) =>
        b ? (
          <VaststellenFormulier
            begroting={b}
            versie={Number(versie)}
            regioId={regioId}
            terug={`${pad}/${jaar}`}
            phos={(organen.data?.items ?? []).filter((o) => o.soort === 'pho')}
          />
        ) : null
      }
    </FormulierPagina>
  );
}

function VaststellenFormulier({
  begroting,
  versie,
  regioId,
  terug,
  phos,
}: {
  begroting: BegrotingDetail;
  versie: number;
  regioId: string;
  terug: string;
  phos: Array<{ id: string; naam: string }>;
}) {
  const v = begroting.versies.find((x) => x.versie === versie);
  const f = useFormulier({
    begin: { vastgesteldOp: '', overlegorgaanId: phos.length === 1 ? phos[0]!.id : '', besluitReferentie: '' },
    labels,
  });
  const vaststellen = useVaststellen(regioId, begroting.id, versie);
  if (!v) return <Paragraph>Deze begroting heeft geen versie {versie}.</Paragraph>;
  if (v.status !== 'concept') return <Paragraph>Versie {versie} is al {v.status}; alleen een concept kan worden vastgesteld.</Paragraph>;

  function verstuur() {
    const geldig = f.controleer(vaststellingSchema, f.invoer);
    if (geldig) f.opslaan(vaststellen, geldig, terug, { melding: `Versie ${versie} is vastgesteld en geldt nu.` });
  }

  return (
    <Formulier formulier={f} onVerstuur={verstuur} bezig={vaststellen.isPending} verstuurTekst="Vaststellen" annulerenNaar={terug}>
      <Paragraph>
        Versie {versie} van {begroting.naam}, totaal {formatEuro(v.totaalCenten)} (plafond {formatEuro(begroting.plafondCenten)}). Een
        begroting wordt vastgesteld door het portefeuillehoudersoverleg (PHO); na vaststelling verandert deze versie niet meer.
      </Paragraph>
      <Paragraph className="uitleg">
        De gewone weg is een besluit in een <AppLink to={vergaderingenPad(regioId)}>vergadering van het PHO</AppLink>: zet de vaststelling
        als voorstel op de agenda; het besluit stelt de versie vast en wordt eraan gekoppeld. Leg een besluit hier alleen vast als het
        buiten Regiekamer is genomen.
      </Paragraph>
      <TekstVeld {...f.veld('vastgesteldOp')} type="date" verplicht className="invoer-kort" />
      <KeuzeVeld
        {...f.veld('overlegorgaanId')}
        verplicht
        beschrijving="Het PHO stelt de begroting vast."
        keuzes={[{ waarde: '', label: 'Kies het overlegorgaan' }, ...phos.map((o) => ({ waarde: o.id, label: o.naam }))]}
      />
      <TekstVeld {...f.veld('besluitReferentie')} verplicht beschrijving="Bijvoorbeeld: PHO 20 maart 2024, agendapunt 4." />
    </Formulier>
  );
}
