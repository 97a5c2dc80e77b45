import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useParams } from 'react-router';
import {
  ketenaanpakCelUpdateSchema,
  ketenaanpakNiveaus,
  type KetenaanpakCel,
} from '../../../common/contracts/ketenaanpakken';
import { KeuzeVeld, TekstVeld, TekstvakVeld } from '../../components/formulier';
import { Formulier } from '../../components/formulier-pagina';
import { useFormulier } from '../../components/formulier-status';
import { Gegevenslijst, MetGegevens, RegioKop, useMelding, useOnderdeel } from '../../components/regio-pagina';
import { HistorieSectie } from '../../components/historie';
import { Melding } from '../../components/status';
import { formatDatum } from '../../format';
import { useOrganisaties } from '../organisaties/organisaties.api';
import { useCelVastleggen, useKetenaanpakken } from './ketenaanpakken.api';
import { celPad, coordinatorTekst, NiveauBadge, niveauLabel } from './ketenaanpakken';

const labels: Record<string, string> = {
  niveau: 'Niveau',
  coordinatorOrganisatieId: 'Coördinerende organisatie',
  coordinatorNaam: 'Coördinator (naam of functie)',
  interventie: 'Erkende interventie',
  verwijsroutes: 'Verwijsroutes',
  notities: 'Notities',
};

/** One chain approach in one municipality: what is recorded, the form for those who may set it, and its history. */
export function KetenaanpakCelPagina() {
  const { regioId, pad, kruimels, rechten } = useOnderdeel('ketenaanpakken');
  const { ketenaanpakId = '', gemeentecode = '' } = useParams();
  const query = useKetenaanpakken(regioId);
  const melding = useMelding();
  const aanpak = query.data?.ketenaanpakken.find((a) => a.id === ketenaanpakId);
  const gemeente = query.data?.gemeenten.find((g) => g.gemeentecode === gemeentecode);
  const titel = aanpak && gemeente ? `${aanpak.naam} in ${gemeente.naam}` : 'Ketenaanpak in een gemeente';
  return (
    <>
      <RegioKop
        titel={titel}
        kruimels={[
          ...kruimels,
          { label: aanpak?.naam ?? 'Ketenaanpak', to: `${pad}/${ketenaanpakId}` },
          { label: gemeente?.naam ?? gemeentecode, to: celPad(pad, ketenaanpakId, gemeentecode) },
        ]}
      />
      <Melding tekst={melding} />
      <MetGegevens query={query} wat="de ketenaanpak">
        {() => {
          const cel = gemeente?.cellen.find((c) => c.ketenaanpakId === ketenaanpakId);
          if (!cel || !gemeente || !aanpak) return <Paragraph>Deze ketenaanpak of gemeente hoort niet bij de regio.</Paragraph>;
          const mag = rechten.magKetenaanpakBewerken(gemeentecode, cel.coordinator?.id ?? null);
          return (
            <>
              <Gegevenslijst
                gegevens={[
                  { label: 'Niveau', waarde: <NiveauBadge niveau={cel.niveau} /> },
                  { label: 'Coördinator', waarde: coordinatorTekst(cel) },
                  { label: 'Erkende interventie', waarde: cel.interventie || 'Niet vastgelegd' },
                  { label: 'Verwijsroutes', waarde: cel.verwijsroutes || 'Niet vastgelegd', multiline: true },
                  { label: 'Notities', waarde: cel.notities || 'Geen', multiline: true },
                  { label: 'Laatst gewijzigd', waarde: cel.bijgewerktOp ? formatDatum(cel.bijgewerktOp) : 'Nog niet vastgelegd' },
                ]}
              />
              <section aria-labelledby="vastleggen-kop" className="sectie">
                <Heading2 id="vastleggen-kop">Vastleggen</Heading2>
                {mag ? (
                  <CelFormulier regioId={regioId} cel={cel} gemeenteNaam={gemeente.naam} aanpakNaam={aanpak.naam} terug={pad} />
                ) : (
                  <Paragraph>
                    U kunt dit niet wijzigen. Dat kan de regiocoördinator, de beleidsadviseur van {gemeente.naam} en de organisatie die deze aanpak daar coördineert.
                  </Paragraph>
                )}
              </section>
              {cel.id ? <HistorieSectie regioId={regioId} soort="ketenaanpak-gemeente" itemId={cel.id} /> : null}
            </>
          );
        }}
      </MetGegevens>
    </>
  );
}

function CelFormulier({ regioId, cel, gemeenteNaam, aanpakNaam, terug }: { regioId: string; cel: KetenaanpakCel; gemeenteNaam: string; aanpakNaam: string; terug: string }) {
  const organisaties = useOrganisaties(regioId);
  const f = useFormulier({
    begin: {
      niveau: cel.niveau as string,
      coordinatorOrganisatieId: cel.coordinator?.id ?? '',
      coordinatorNaam: cel.coordinatorNaam,
      interventie: cel.interventie,
      verwijsroutes: cel.verwijsroutes,
      notities: cel.notities,
    },
    labels,
  });
  const vastleggen = useCelVastleggen(regioId, cel.ketenaanpakId, cel.gemeentecode);
  const organisatieKeuzes = [
    { waarde: '', label: 'Geen organisatie' },
    ...(organisaties.data?.items ?? []).map((o) => ({ waarde: o.id, label: o.naam })),
  ];

  function verstuur() {
    const invoer = f.controleer(ketenaanpakCelUpdateSchema, { ...f.invoer, coordinatorOrganisatieId: f.invoer.coordinatorOrganisatieId || null });
    if (!invoer) return;
    f.opslaan(vastleggen, invoer, terug, { melding: `${aanpakNaam} in ${gemeenteNaam} is vastgelegd: ${niveauLabel(invoer.niveau)}.` });
  }

  return (
    <Formulier formulier={f} onVerstuur={verstuur} bezig={vastleggen.isPending} annulerenNaar={terug}>
      <KeuzeVeld {...f.veld('niveau')} keuzes={ketenaanpakNiveaus.map((n) => ({ waarde: n, label: niveauLabel(n) }))} verplicht />
      <KeuzeVeld
        {...f.veld('coordinatorOrganisatieId')}
        keuzes={organisatieKeuzes}
        beschrijving="De organisatie van de regio die de aanpak in deze gemeente coördineert, zoals de GGD. Zij kan deze regel daarna zelf bijwerken."
      />
      <TekstVeld {...f.veld('coordinatorNaam')} beschrijving="Bijvoorbeeld: ketenregisseur GGD." />
      <TekstVeld {...f.veld('interventie')} beschrijving="De erkende interventie, zoals Keigezond Limburg of Healthy Life." />
      <TekstvakVeld {...f.veld('verwijsroutes')} beschrijving="Hoe professionals inwoners naar de aanpak verwijzen." />
      <TekstvakVeld {...f.veld('notities')} />
    </Formulier>
  );
}
