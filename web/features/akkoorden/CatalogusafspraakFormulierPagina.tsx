import { Paragraph } from '@utrecht/component-library-react';
import { useParams } from 'react-router';
import { afspraakCreateSchema, afspraakThemas, afspraakUpdateSchema, type Afspraak } from '../../../common/contracts/afspraken';
import type { Akkoord } from '../../../common/contracts/regios';
import { KeuzeVeld, TekstVeld, TekstvakVeld } from '../../components/formulier';
import { Formulier, FormulierPagina } from '../../components/formulier-pagina';
import { alleenGewijzigd, useFormulier } from '../../components/formulier-status';
import { DetailActies, Sectie } from '../../components/regio-pagina';
import { formatDatum } from '../../format';
import { useAfspraakBijwerken, useAfspraakToevoegen, useAfspraakVerwijderen } from './akkoorden.api';
import { useCatalogus } from './catalogus';

const labels: Record<string, string> = {
  code: 'Code',
  titel: 'Titel',
  thema: 'Thema',
  verantwoordelijkePartij: 'Verantwoordelijke partij',
  gemeentelijkeRol: 'Gemeentelijke rol',
  deadline: 'Deadline',
  omschrijving: 'Omschrijving',
  volgorde: 'Volgorde',
};

/**
 * Adding (`…/afspraken/nieuw`) or editing (`…/afspraken/:afspraakId/bewerken`) an agreement of an
 * accord's catalogue, and removing it; for the beheerder, as the catalogue holds for every region.
 */
export function CatalogusafspraakFormulierPagina() {
  const { akkoord, akkoordId, akkoordenLaden, catalogus, catalogusPad, catalogusKruimels, rechten } = useCatalogus();
  const { afspraakId } = useParams();
  const verwijderen = useAfspraakVerwijderen(akkoordId, afspraakId ?? '');
  const afspraak = catalogus.data?.items.find((a) => a.id === afspraakId);
  const titel = afspraakId ? `Afspraak bewerken: ${afspraak?.titel ?? ''}` : 'Afspraak toevoegen';
  const naar = afspraakId ? `${catalogusPad}/${afspraakId}/bewerken` : `${catalogusPad}/nieuw`;
  return (
    <FormulierPagina
      titel={titel}
      kruimels={[...catalogusKruimels, { label: afspraakId ? 'Bewerken' : 'Toevoegen', to: naar }]}
      mag={rechten.isBeheerder}
      geenRecht="De afsprakencatalogus geldt voor alle regio’s; alleen de beheerder voegt afspraken toe en wijzigt ze."
      query={catalogus}
      laden={akkoordenLaden}
      wat="de afsprakencatalogus"
    >
      {() => {
        // Just removed: the page is on its way back to the catalogue.
        if (verwijderen.isSuccess) return null;
        if (!akkoord) return <Paragraph>Dit akkoord is niet gevonden.</Paragraph>;
        if (afspraakId && !afspraak) return <Paragraph>Deze afspraak staat niet (meer) in de catalogus van dit akkoord.</Paragraph>;
        return (
          <>
            <AfspraakFormulier akkoord={akkoord} afspraak={afspraak} pad={catalogusPad} />
            {afspraak ? (
              <Sectie id="verwijderen-kop" titel="Afspraak verwijderen">
                <Paragraph>
                  Verwijderen haalt de afspraak uit de catalogus van {akkoord.code} en verwijdert ook de stand die elke regio ervan heeft vastgelegd.
                </Paragraph>
                <DetailActies
                  verwijderen={{
                    knopTekst: 'Afspraak verwijderen',
                    vraag: `Weet u zeker dat u de afspraak “${afspraak.titel}” wilt verwijderen? De stand van alle regio’s voor deze afspraak (status, eigenaar, bewijs en historie van de stand) wordt ook verwijderd.`,
                    mutatie: verwijderen,
                    naar: catalogusPad,
                    melding: `De afspraak “${afspraak.titel}” is verwijderd, met de stand ervan in alle regio’s.`,
                  }}
                />
              </Sectie>
            ) : null}
          </>
        );
      }}
    </FormulierPagina>
  );
}

/** "" is no order (0 on the server); anything else that is not a whole number stays text, so the contract names it. */
function volgordeWaarde(tekst: string): number | string | undefined {
  const t = tekst.trim();
  if (t === '') return undefined;
  return /^-?\d+$/.test(t) ? Number(t) : t;
}

function AfspraakFormulier({ akkoord, afspraak: a, pad }: { akkoord: Akkoord; afspraak: Afspraak | undefined; pad: string }) {
  const begin = {
    code: a?.code ?? '',
    titel: a?.titel ?? '',
    thema: (a?.thema ?? '') as string,
    verantwoordelijkePartij: a?.verantwoordelijkePartij ?? '',
    gemeentelijkeRol: a?.gemeentelijkeRol ?? '',
    deadline: a?.deadline ?? '',
    omschrijving: a?.omschrijving ?? '',
    volgorde: a ? String(a.volgorde) : '',
  };
  // A second agreement with the same code in this accord is a conflict that names no field.
  const f = useFormulier({ begin, labels, conflictVeld: 'code' });
  const toevoegen = useAfspraakToevoegen(akkoord.id);
  const bijwerken = useAfspraakBijwerken(akkoord.id, a?.id ?? '');

  function verstuur() {
    const waarden = { ...f.invoer, deadline: f.invoer.deadline || null, volgorde: volgordeWaarde(f.invoer.volgorde) };
    if (!a) {
      const nieuw = f.controleer(afspraakCreateSchema, waarden);
      if (nieuw) f.opslaan(toevoegen, nieuw, pad, { melding: `De afspraak “${nieuw.titel}” is toegevoegd.` });
      return;
    }
    // Emptying the order puts it back at 0, the server's default.
    const wijziging = f.controleer(afspraakUpdateSchema, alleenGewijzigd({ ...waarden, volgorde: waarden.volgorde ?? 0 }, a));
    if (!wijziging) return;
    if (Object.keys(wijziging).length === 0) f.klaar(pad);
    else f.opslaan(bijwerken, wijziging, pad, { melding: `De afspraak “${wijziging.titel ?? a.titel}” is bijgewerkt.` });
  }

  return (
    <Formulier formulier={f} onVerstuur={verstuur} bezig={toevoegen.isPending || bijwerken.isPending} annulerenNaar={pad}>
      <TekstVeld {...f.veld('code')} verplicht className="invoer-kort" beschrijving={`Een korte, unieke code binnen ${akkoord.code}, bijvoorbeeld RS-1 of EH-2.`} />
      <TekstVeld {...f.veld('titel')} verplicht beschrijving="Wat de afspraak van gemeenten vraagt, in één regel." />
      <KeuzeVeld
        {...f.veld('thema')}
        verplicht
        beschrijving="De thema’s zijn voor alle akkoorden gelijk, zodat regio’s en akkoorden vergelijkbaar blijven."
        keuzes={[{ waarde: '', label: 'Kies een thema' }, ...afspraakThemas.map((t) => ({ waarde: t, label: t }))]}
      />
      <TekstVeld {...f.veld('verantwoordelijkePartij')} beschrijving="Wie de afspraak moet waarmaken, bijvoorbeeld: gemeenten en zorgverzekeraars." />
      <TekstvakVeld {...f.veld('gemeentelijkeRol')} rows={3} beschrijving="Wat de gemeente zelf doet: trekker, partner, financier of uitvoerder, en hoe." />
      <TekstVeld
        {...f.veld('deadline')}
        type="date"
        className="invoer-kort"
        beschrijving={
          akkoord.ondertekendOp
            ? `Leeg als de afspraak geen deadline heeft. Niet vóór de ondertekening van ${akkoord.code} op ${formatDatum(akkoord.ondertekendOp)}; de dag zelf telt nog als op tijd.`
            : 'Leeg als de afspraak geen deadline heeft; de dag zelf telt nog als op tijd.'
        }
      />
      <TekstvakVeld {...f.veld('omschrijving')} rows={4} beschrijving="De afspraak zoals het akkoord haar beschrijft, met de vindplaats." />
      <TekstVeld
        {...f.veld('volgorde')}
        inputMode="numeric"
        className="invoer-kort"
        beschrijving="Een geheel getal van 0 tot en met 9999; een lager getal staat eerder in de catalogus. Leeg is 0."
      />
    </Formulier>
  );
}
