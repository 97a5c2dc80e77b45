import { Alert, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { herverdelingCreateSchema, type Begroting } from '../../../common/contracts/financien';
import type { Overlegorgaan } from '../../../common/contracts/regios';
import { formatBasispunten, formatEuro } from '../../../common/geld';
import { isApiError } from '../../api';
import { foutenUitFout, KeuzeVeld, TekstVeld, TekstvakVeld, type Veldfouten } from '../../components/formulier';
import { Formulier, FormulierPagina } from '../../components/formulier-pagina';
import { useFormulier } from '../../components/formulier-status';
import { AppLink } from '../../components/links';
import { useOnderdeel } from '../../components/regio-pagina';
import { euroInvoerNaarCenten } from '../../format';
import { vergaderingenPad } from '../besluiten/besluiten.api';
import { useOverlegorganen } from '../overlegorganen/overlegorganen.api';
import { useBegrotingen, useHerverdelen, useMandaatruimte } from './financien.api';
import { regelLabel, useJaarUitQuery } from './financien';
import { mandaatOrgaan, RuimteTabel } from './HerverdelingenPagina';

const labels: Record<string, string> = {
  begrotingId: 'Begroting',
  vanRegelCode: 'Van regel',
  naarRegelCode: 'Naar regel',
  bedragCenten: 'Bedrag',
  overlegorgaanId: 'Besloten door',
  besluitdatum: 'Besluitdatum',
  besluitReferentie: 'Referentie van het besluit',
  toelichting: 'Toelichting',
};

export function HerverdelingFormulierPagina() {
  const { regioId, pad, kruimels, rechten } = useOnderdeel('herverdelingen');
  const { jaar } = useJaarUitQuery(regioId);
  const begrotingen = useBegrotingen(regioId, jaar);
  const organen = useOverlegorganen(regioId);
  const lijst = jaar ? `${pad}?jaar=${jaar}` : pad;
  const vastgesteld = (begrotingen.data?.items ?? []).filter((b) => b.status !== 'concept');
  return (
    <FormulierPagina
      titel="Herverdeling vastleggen"
      kruimels={[...kruimels, { label: 'Vastleggen', to: `${pad}/nieuw${jaar ? `?jaar=${jaar}` : ''}` }]}
      mag={rechten.magFinancienBewerken}
      geenRecht="Alleen de regiocoördinator en de financieel adviseur kunnen herverdelingen vastleggen."
      laden={jaar === undefined || begrotingen.isPending || organen.isPending}
      wat="de begroting"
    >
      {() =>
        vastgesteld.length === 0 ? (
          <Paragraph>
            Er is voor {jaar} geen vastgestelde begroting; herverdelen kan alleen binnen een vastgestelde begroting.
          </Paragraph>
        ) : (
          <HerverdelingFormulier
            regioId={regioId}
            begrotingen={vastgesteld}
            organen={organen.data?.items ?? []}
            magPhoBesluit={rechten.magBesluitenBewerken}
            terug={lijst}
          />
        )
      }
    </FormulierPagina>
  );
}

/** A reason the server gave with the rule and its numbers, shown as it is, at the amount. */
type Weigering = { tekst: string; reden: 'mandaat' | 'reservering' };

function HerverdelingFormulier({
  regioId,
  begrotingen,
  organen,
  magPhoBesluit,
  terug,
}: {
  regioId: string;
  begrotingen: Begroting[];
  organen: Overlegorgaan[];
  /**
   * Recording a PHO decision taken outside Regiekamer: only the coordinator. The normal way is a
   * decision in a PHO meeting (decision 0005, point 12).
   */
  magPhoBesluit: boolean;
  terug: string;
}) {
  const bevoegd = organen.filter((o) => (o.soort === 'pho' && magPhoBesluit) || (o.soort !== 'pho' && o.besluitregels.herverdelingsmandaatBasispunten !== null));
  const f = useFormulier({
    begin: {
      begrotingId: begrotingen[0]!.id,
      vanRegelCode: '',
      naarRegelCode: '',
      bedrag: '',
      overlegorgaanId: '',
      besluitdatum: '',
      besluitReferentie: '',
      toelichting: '',
    },
    labels,
  });
  const begroting = begrotingen.find((b) => b.id === f.invoer.begrotingId) ?? begrotingen[0]!;
  const herverdelen = useHerverdelen(regioId);
  const [weigering, setWeigering] = useState<Weigering | null>(null);
  const weigeringRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (weigering) weigeringRef.current?.scrollIntoView?.({ block: 'nearest' });
  }, [weigering]);

  const gekozenOrgaan = organen.find((o) => o.id === f.invoer.overlegorgaanId);
  const kerngroep = mandaatOrgaan(organen);
  const regelKeuzes = [
    { waarde: '', label: 'Kies een regel' },
    ...begroting.regels.map((r) => ({ waarde: r.code, label: `${regelLabel(r)} (nu ${formatEuro(r.bedragCenten)})` })),
  ];
  const ruimteVraag = useMandaatruimte(regioId, begroting.id, kerngroep?.id);
  const ruimte = ruimteVraag.data?.items ?? null;
  const betrokken = [f.invoer.vanRegelCode, f.invoer.naarRegelCode].filter(Boolean);

  function verstuur() {
    setWeigering(null);
    const extra: Veldfouten = {};
    const centen = euroInvoerNaarCenten(f.invoer.bedrag);
    if (centen === null) extra.bedragCenten = 'Vul een bedrag in euro in, zoals 3.570 of 1.234,56';
    if (f.invoer.vanRegelCode && f.invoer.vanRegelCode === f.invoer.naarRegelCode) extra.naarRegelCode = 'Kies een andere regel dan die afstaat';
    const { bedrag: _bedrag, ...rest } = f.invoer;
    const geldig = f.controleer(herverdelingCreateSchema, { ...rest, bedragCenten: centen ?? 0 }, extra);
    if (!geldig) return;
    herverdelen.mutate(geldig, {
      onSuccess: (h) =>
        f.klaar(terug, {
          melding:
            h.nieuweVersie !== null
              ? `De herverdeling van ${formatEuro(h.bedragCenten)} is vastgelegd. Met dit besluit van ${h.overlegorgaan?.naam ?? 'het PHO'} is versie ${h.nieuweVersie} van de begroting vastgesteld; die geldt nu.`
              : `De herverdeling van ${formatEuro(h.bedragCenten)} van ${h.van.code} naar ${h.naar.code} is vastgelegd.`,
        }),
      onError: (fout) => {
        const probleem = isApiError(fout) ? fout.probleem : null;
        const codes = probleem?.invalidParams?.map((p) => p.code) ?? [];
        const reden = codes.includes('onder-reservering') ? 'reservering' : codes.some((c) => c === 'boven-mandaat' || c === 'onvoldoende-saldo') ? 'mandaat' : null;
        if (probleem?.detail && reden) {
          // The server's sentence names the rule and the numbers; show it as it is, at the amount too.
          setWeigering({ tekst: probleem.detail, reden });
          f.toon({ velden: { bedragCenten: probleem.detail }, algemeen: [] });
        } else if (isApiError(fout) && fout.status === 403 && probleem?.detail) {
          f.toon({ velden: { overlegorgaanId: probleem.detail }, algemeen: [] });
        } else {
          f.toon(foutenUitFout(fout, Object.keys(labels)));
        }
      },
    });
  }

  return (
    <>
      <Formulier formulier={f} onVerstuur={verstuur} bezig={herverdelen.isPending} annulerenNaar={terug}>
        {weigering ? (
          <div ref={weigeringRef} className="weigering">
            <Alert type="warning">
              <Heading2 className="alert-kop">
                {weigering.reden === 'reservering' ? 'Deze herverdeling raakt geld dat voor aanvullende plannen is gereserveerd' : 'Deze herverdeling past niet binnen het mandaat'}
              </Heading2>
              <Paragraph>{weigering.tekst}</Paragraph>
              {weigering.reden === 'reservering' ? (
                <Paragraph>
                  De regel: goedgekeurde aanvullende plannen reserveren hun toegekende bedrag op een regel; een regel houdt minstens die
                  reserveringen. Kies een kleiner bedrag of een andere regel die afstaat.
                </Paragraph>
              ) : kerngroep ? (
                <Paragraph>
                  De regel: {kerngroep.naam} mag per jaar tot {formatBasispunten(kerngroep.besluitregels.herverdelingsmandaatBasispunten ?? 0)} van
                  het vastgestelde bedrag van elke betrokken regel herverdelen. Kies een kleiner bedrag, of zet de herverdeling als voorstel op
                  de agenda van een <AppLink to={vergaderingenPad(regioId)}>vergadering van het PHO</AppLink>; dat besluit stelt een nieuwe
                  versie van de begroting vast.
                </Paragraph>
              ) : null}
            </Alert>
          </div>
        ) : null}
        {begrotingen.length > 1 ? (
          <KeuzeVeld {...f.veld('begrotingId')} verplicht keuzes={begrotingen.map((b) => ({ waarde: b.id, label: b.naam }))} />
        ) : (
          <Paragraph>
            Binnen {begroting.naam} (versie {begroting.versie}).
          </Paragraph>
        )}
        <KeuzeVeld {...f.veld('vanRegelCode')} verplicht keuzes={regelKeuzes} beschrijving="De regel die budget afstaat." />
        <KeuzeVeld {...f.veld('naarRegelCode')} verplicht keuzes={regelKeuzes} beschrijving="De regel die het budget ontvangt." />
        <TekstVeld {...f.veld('bedrag', 'bedragCenten')} verplicht inputMode="decimal" beschrijving="In euro, zoals 3.570 of 1.234,56." className="invoer-kort" />
        <KeuzeVeld
          {...f.veld('overlegorgaanId')}
          verplicht
          beschrijving={
            kerngroep
              ? `${kerngroep.naam} binnen haar mandaat (${formatBasispunten(kerngroep.besluitregels.herverdelingsmandaatBasispunten ?? 0)} per regel per jaar)${magPhoBesluit ? ', of het PHO, ook daarboven' : ''}.`
              : 'Het overlegorgaan dat de herverdeling besloot.'
          }
          keuzes={[{ waarde: '', label: 'Kies het overlegorgaan' }, ...bevoegd.map((o) => ({ waarde: o.id, label: o.naam }))]}
        />
        {gekozenOrgaan?.soort === 'pho' ? (
          <Paragraph className="uitleg">
            Een besluit van het PHO stelt meteen een nieuwe versie van de begroting vast, met deze herverdeling erin. De gewone weg is een
            besluit in een <AppLink to={vergaderingenPad(regioId)}>vergadering van het PHO</AppLink>, dat aan de herverdeling wordt
            gekoppeld; leg een besluit hier alleen vast als het buiten Regiekamer is genomen.
          </Paragraph>
        ) : !magPhoBesluit ? (
          <Paragraph className="uitleg">
            Boven het mandaat is een herverdeling een besluit van het PHO: zet haar als voorstel op de agenda van een{' '}
            <AppLink to={vergaderingenPad(regioId)}>vergadering van het PHO</AppLink>. Dat besluit stelt een nieuwe versie van de begroting
            vast.
          </Paragraph>
        ) : null}
        <TekstVeld {...f.veld('besluitdatum')} type="date" verplicht className="invoer-kort" />
        <TekstVeld {...f.veld('besluitReferentie')} beschrijving="Bijvoorbeeld: Kerngroep 12 juni 2024, agendapunt 3." />
        <TekstvakVeld {...f.veld('toelichting')} rows={3} />
      </Formulier>
      {ruimte && kerngroep ? (
        <section aria-labelledby="ruimte-kop" className="sectie">
          <Heading2 id="ruimte-kop">Ruimte van {kerngroep.naam}</Heading2>
          <Paragraph>
            {betrokken.length ? 'Voor de gekozen regels: ' : 'Per regel: '}wat {kerngroep.naam} dit jaar nog mag herverdelen (
            {formatBasispunten(kerngroep.besluitregels.herverdelingsmandaatBasispunten ?? 0)} van het vastgestelde bedrag, min wat al
            is herverdeeld).
          </Paragraph>
          <RuimteTabel ruimte={ruimte} orgaan={kerngroep} alleen={betrokken.length ? betrokken : undefined} />
        </section>
      ) : null}
    </>
  );
}
