import { Button, FormLabel, Heading2, Paragraph, Select, SelectOption, TableCell, TableRow } from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';
import { formatBasispunten, formatEuro } from '../../../common/geld';
import { RegioKop, Tabel, useMelding, useOnderdeel } from '../../components/regio-pagina';
import { Melding } from '../../components/status';
import { useUitkeringen } from './financien.api';
import { LijstSectie, RijVerwijderen, useZoekParameters } from './financien';
import { Raming } from './raming';
import {
  useScenarios,
  useScenarioVerwijderen,
  useVerplichtingen,
  useVerplichtingVerwijderen,
  type Scenario,
} from './verantwoording.api';

const standaardVan = 2023;
const standaardTot = 2030;
const ramingJaren = Array.from({ length: 2040 - 2020 + 1 }, (_, i) => 2020 + i);

function jaarUit(tekst: string | null, standaard: number): number {
  return tekst && /^\d{4}$/.test(tekst) ? Number(tekst) : standaard;
}

export function MeerjarenramingPagina() {
  const { regioId, regio, kruimels, label: titel, pad, rechten } = useOnderdeel('meerjarenraming');
  const [zoek, zet] = useZoekParameters();
  const van = jaarUit(zoek.get('van'), standaardVan);
  const tot = Math.max(van, jaarUit(zoek.get('tot'), standaardTot));
  const scenarioId = zoek.get('scenario') || undefined;
  const alsTabel = zoek.get('weergave') === 'tabel';
  const scenarios = useScenarios(regioId);
  const melding = useMelding();
  return (
    <>
      <RegioKop titel={titel} kruimels={kruimels}>
        <Paragraph>
          Per jaar de bedragen van elke uitkering naast de structurele verplichtingen van de regio, zoals steunpunten en
          ketenregie. Zo is te zien wanneer de uitkeringen stoppen terwijl de verplichtingen doorlopen (de “financiële klif”),
          en wat een scenario daaraan verandert.
        </Paragraph>
      </RegioKop>
      <Melding tekst={melding} />
      <RamingKeuze
        van={van}
        tot={tot}
        scenarioId={scenarioId ?? ''}
        scenarios={scenarios.data?.items ?? []}
        onKies={(k) => zet({ van: String(k.van), tot: String(k.tot), scenario: k.scenarioId || null })}
      />
      <section aria-labelledby="raming-kop" className="sectie">
        <Heading2 id="raming-kop">
          {van}–{tot}: {scenarios.data?.items.find((s) => s.id === scenarioId)?.naam ?? 'alleen bekende bedragen'}
        </Heading2>
        <Raming
          regioId={regioId}
          regioNaam={regio?.naam}
          van={van}
          tot={tot}
          scenarioId={scenarioId}
          alsTabel={alsTabel}
          onWissel={() => zet({ weergave: alsTabel ? null : 'tabel' })}
          id="raming-weergave"
        />
      </section>
      <Verplichtingen regioId={regioId} pad={pad} magBewerken={rechten.magFinancienBewerken} />
      <Scenarios regioId={regioId} pad={pad} magBewerken={rechten.magFinancienBewerken} />
    </>
  );
}

/** The period and the scenario; a button applies them, so changing a select alone does not move the page (WCAG 3.2.2). */
function RamingKeuze({
  van,
  tot,
  scenarioId,
  scenarios,
  onKies,
}: {
  van: number;
  tot: number;
  scenarioId: string;
  scenarios: Scenario[];
  onKies: (keuze: { van: number; tot: number; scenarioId: string }) => void;
}) {
  const [keuze, setKeuze] = useState({ van: String(van), tot: String(tot), scenarioId });
  useEffect(() => setKeuze({ van: String(van), tot: String(tot), scenarioId }), [van, tot, scenarioId]);
  return (
    <form
      className="jaarkeuze"
      aria-label="Periode en scenario kiezen"
      onSubmit={(event) => {
        event.preventDefault();
        const v = Number(keuze.van);
        onKies({ van: v, tot: Math.max(v, Number(keuze.tot)), scenarioId: keuze.scenarioId });
      }}
    >
      <div>
        <FormLabel htmlFor="raming-van">Van</FormLabel>
        <Select id="raming-van" value={keuze.van} onChange={(e) => setKeuze((k) => ({ ...k, van: e.target.value }))} className="invoer-jaar">
          {ramingJaren.map((j) => (
            <SelectOption key={j} value={String(j)}>
              {j}
            </SelectOption>
          ))}
        </Select>
      </div>
      <div>
        <FormLabel htmlFor="raming-tot">Tot en met</FormLabel>
        <Select id="raming-tot" value={keuze.tot} onChange={(e) => setKeuze((k) => ({ ...k, tot: e.target.value }))} className="invoer-jaar">
          {ramingJaren.map((j) => (
            <SelectOption key={j} value={String(j)}>
              {j}
            </SelectOption>
          ))}
        </Select>
      </div>
      <div className="keuze-breed">
        <FormLabel htmlFor="raming-scenario">Scenario</FormLabel>
        <Select id="raming-scenario" value={keuze.scenarioId} onChange={(e) => setKeuze((k) => ({ ...k, scenarioId: e.target.value }))}>
          <SelectOption value="">Geen: alleen bekende bedragen</SelectOption>
          {scenarios.map((s) => (
            <SelectOption key={s.id} value={s.id}>
              {s.naam}
            </SelectOption>
          ))}
        </Select>
      </div>
      <Button type="submit" appearance="secondary-action-button">
        Tonen
      </Button>
    </form>
  );
}

function Verplichtingen({ regioId, pad, magBewerken }: { regioId: string; pad: string; magBewerken: boolean }) {
  const verplichtingen = useVerplichtingen(regioId);
  const verwijderen = useVerplichtingVerwijderen(regioId);
  const [gedaan, setGedaan] = useState<string>();
  return (
    <LijstSectie
      id="verplichtingen-kop"
      titel="Structurele verplichtingen"
      inleiding="Wat de regio elk jaar blijft betalen, ook als een uitkering stopt: steunpunten, ketenregie, coördinatoren."
      toevoegen={magBewerken && { tekst: 'Verplichting toevoegen', naar: `${pad}/verplichtingen/nieuw` }}
      query={verplichtingen}
      wat="de verplichtingen"
      leeg="Er zijn nog geen structurele verplichtingen vastgelegd."
      gedaan={gedaan}
      verwijderFout={verwijderen.error}
    >
      {(items) => (
        <Tabel
          label="Structurele verplichtingen"
          koppen={['Omschrijving', { tekst: 'Per jaar', numeriek: true }, 'Looptijd', magBewerken ? 'Actie' : null]}
        >
          {items.map((v) => (
            <TableRow key={v.id}>
              <TableCell>{v.omschrijving}</TableCell>
              <TableCell className="numeriek geen-afbreking">{formatEuro(v.bedragPerJaarCenten)}</TableCell>
              <TableCell>{v.totJaar === null ? `vanaf ${v.vanafJaar}, doorlopend` : `${v.vanafJaar} tot en met ${v.totJaar}`}</TableCell>
              {magBewerken ? (
                <TableCell>
                  <RijVerwijderen
                    mutatie={verwijderen}
                    id={v.id}
                    naam={v.omschrijving}
                    vraag={`De verplichting “${v.omschrijving}” verwijderen? Zij telt dan niet meer mee in de meerjarenraming.`}
                    melding={`De verplichting “${v.omschrijving}” is verwijderd.`}
                    onGedaan={setGedaan}
                  />
                </TableCell>
              ) : null}
            </TableRow>
          ))}
        </Tabel>
      )}
    </LijstSectie>
  );
}

const aannameLabels: Record<Scenario['aannames'][number]['soort'], string> = {
  voortzetting: 'voortzetting',
  korting: 'korting',
  'nieuw-bedrag': 'nieuw bedrag',
  beeindiging: 'beëindiging',
};

/** "SPUK-IZA: korting 10% vanaf 2027". */
function aannameTekst(a: Scenario['aannames'][number], naam: string): string {
  const wat =
    a.soort === 'korting' && a.basispunten !== null
      ? `korting ${formatBasispunten(a.basispunten)}`
      : a.soort === 'nieuw-bedrag' && a.bedragCenten !== null
        ? `nieuw bedrag ${formatEuro(a.bedragCenten)}`
        : aannameLabels[a.soort];
  return `${naam}: ${wat} vanaf ${a.vanafJaar}`;
}

function Scenarios({ regioId, pad, magBewerken }: { regioId: string; pad: string; magBewerken: boolean }) {
  const scenarios = useScenarios(regioId);
  const uitkeringen = useUitkeringen(regioId);
  const verwijderen = useScenarioVerwijderen(regioId);
  const [gedaan, setGedaan] = useState<string>();
  const naamVan = (id: string) => uitkeringen.data?.items.find((u) => u.id === id)?.naam ?? 'Uitkering';
  return (
    <LijstSectie
      id="scenarios-kop"
      titel="Scenario’s"
      inleiding="Een scenario legt aannames vast over de uitkeringen na hun laatste bekende jaar: voortzetting, een korting, een nieuw bedrag of beëindiging."
      toevoegen={magBewerken && { tekst: 'Scenario toevoegen', naar: `${pad}/scenarios/nieuw` }}
      query={scenarios}
      wat="de scenario’s"
      leeg="Er zijn nog geen scenario’s; de raming toont dan alleen de bekende bedragen."
      gedaan={gedaan}
      verwijderFout={verwijderen.error}
    >
      {(items) => (
        <Tabel label="Scenario’s" koppen={['Naam', 'Aannames', magBewerken ? 'Actie' : null]}>
          {items.map((s) => (
            <TableRow key={s.id}>
              <TableCell>
                {s.naam}
                {s.toelichting ? <span className="bijzin">{s.toelichting}</span> : null}
              </TableCell>
              <TableCell>
                {s.aannames.length === 0 ? (
                  'geen'
                ) : (
                  <ul className="linklijst">
                    {s.aannames.map((a, i) => (
                      <li key={i}>{aannameTekst(a, naamVan(a.uitkeringId))}</li>
                    ))}
                  </ul>
                )}
              </TableCell>
              {magBewerken ? (
                <TableCell>
                  <RijVerwijderen
                    mutatie={verwijderen}
                    id={s.id}
                    naam={s.naam}
                    vraag={`Het scenario “${s.naam}” met zijn aannames verwijderen?`}
                    melding={`Het scenario “${s.naam}” is verwijderd.`}
                    onGedaan={setGedaan}
                  />
                </TableCell>
              ) : null}
            </TableRow>
          ))}
        </Tabel>
      )}
    </LijstSectie>
  );
}
