import { Heading2, Paragraph, TableCell, TableRow } from '@utrecht/component-library-react';
import { useSearchParams } from 'react-router';
import type { Begroting, Mandaatruimte } from '../../../common/contracts/financien';
import type { Overlegorgaan } from '../../../common/contracts/regios';
import { formatBasispunten, formatEuro } from '../../../common/geld';
import { ExcelKnop, excelBestandsnaam } from '../../components/excel';
import { AppButtonLink, AppLink } from '../../components/links';
import { MetGegevens, RegioKop, Tabel, useMelding, useOnderdeel } from '../../components/regio-pagina';
import { Laden, Melding } from '../../components/status';
import { aantal, formatDatum } from '../../format';
import { besluitPad } from '../besluiten/besluiten.api';
import { useOverlegorganen } from '../overlegorganen/overlegorganen.api';
import { useBegrotingen, useHerverdelingen, useMandaatruimte } from './financien.api';
import { JaarKeuze, regelLabel, useJaarUitQuery } from './financien';

export function mandaatOrgaan(organen: Overlegorgaan[] | undefined): Overlegorgaan | undefined {
  return organen?.find((o) => o.soort !== 'pho' && o.besluitregels.herverdelingsmandaatBasispunten !== null);
}

export function RuimteTabel({ ruimte, orgaan, alleen }: { ruimte: Mandaatruimte[]; orgaan: Overlegorgaan; alleen?: string[] }) {
  const bp = orgaan.besluitregels.herverdelingsmandaatBasispunten ?? 0;
  const rijen = alleen ? ruimte.filter((r) => alleen.includes(r.code)) : ruimte;
  return (
    <Tabel
      label={`Ruimte van ${orgaan.naam} per regel`}
      koppen={[
        'Regel',
        { tekst: 'Vastgesteld', numeriek: true },
        { tekst: 'Nu', numeriek: true },
        { tekst: `Mandaat (${formatBasispunten(bp)})`, numeriek: true },
        { tekst: 'Al herverdeeld', numeriek: true },
        { tekst: 'Nog mogelijk', numeriek: true },
      ]}
    >
      {rijen.map((r) => (
        <TableRow key={r.code}>
          <TableCell>{regelLabel(r)}</TableCell>
          <TableCell className="numeriek geen-afbreking">{formatEuro(r.vastgesteldCenten)}</TableCell>
          <TableCell className="numeriek geen-afbreking">{formatEuro(r.huidigCenten)}</TableCell>
          <TableCell className="numeriek geen-afbreking">{formatEuro(r.maximumCenten)}</TableCell>
          <TableCell className="numeriek geen-afbreking">{formatEuro(r.benutCenten)}</TableCell>
          <TableCell className="numeriek geen-afbreking">{formatEuro(r.nogCenten)}</TableCell>
        </TableRow>
      ))}
    </Tabel>
  );
}

export function HerverdelingenPagina() {
  const { regioId, kruimels, label: titel, pad, rechten } = useOnderdeel('herverdelingen');
  const { jaar } = useJaarUitQuery(regioId);
  const [, setZoek] = useSearchParams();
  const melding = useMelding();
  return (
    <>
      <RegioKop titel={jaar ? `${titel} ${jaar}` : titel} kruimels={kruimels}>
        <Paragraph>
          Verschuivingen van budget tussen regels van een vastgestelde begroting. De Kerngroep mag dat binnen haar mandaat; voor
          meer is een besluit van het PHO nodig, dat een nieuwe versie van de begroting vaststelt.
        </Paragraph>
      </RegioKop>
      <Melding tekst={melding} />
      {jaar === undefined ? (
        <Laden wat="de herverdelingen" />
      ) : (
        <>
          <JaarKeuze jaar={jaar} onKies={(j) => setZoek({ jaar: String(j) }, { replace: true })} />
          {rechten.magFinancienBewerken ? (
            <Paragraph>
              <AppButtonLink to={`${pad}/nieuw?jaar=${jaar}`} appearance="primary-action-button">
                Herverdeling vastleggen
              </AppButtonLink>
            </Paragraph>
          ) : null}
          <Herverdelingen regioId={regioId} jaar={jaar} />
        </>
      )}
    </>
  );
}

function Herverdelingen({ regioId, jaar }: { regioId: string; jaar: number }) {
  const begrotingen = useBegrotingen(regioId, jaar);
  return (
    <MetGegevens query={begrotingen} wat="de begroting">
      {({ items }) =>
        items.length === 0 ? (
          <Paragraph>Hier staan de herverdelingen binnen de begroting van {jaar}. Er is voor {jaar} nog geen begroting.</Paragraph>
        ) : (
          items.map((b) => <BegrotingHerverdelingen key={b.id} regioId={regioId} begroting={b} meer={items.length > 1} />)
        )
      }
    </MetGegevens>
  );
}

function BegrotingHerverdelingen({ regioId, begroting, meer }: { regioId: string; begroting: Begroting; meer: boolean }) {
  const { regio } = useOnderdeel('herverdelingen');
  const herverdelingen = useHerverdelingen(regioId, begroting.id);
  const organen = useOverlegorganen(regioId);
  const orgaan = mandaatOrgaan(organen.data?.items);
  const ruimte = useMandaatruimte(regioId, begroting.status !== 'concept' ? begroting.id : undefined, orgaan?.id);
  return (
    <section aria-labelledby={`h-${begroting.id}`} className="sectie">
      <Heading2 id={`h-${begroting.id}`}>{meer ? begroting.naam : 'Vastgelegde herverdelingen'}</Heading2>
      <MetGegevens query={herverdelingen} wat="de herverdelingen">
        {({ items }) =>
          items.length === 0 ? (
            <Paragraph>Binnen {begroting.naam} is nog geen budget herverdeeld.</Paragraph>
          ) : (
            <>
              <Paragraph className="telling">{aantal(items.length, 'herverdeling', 'herverdelingen')}</Paragraph>
              <ExcelKnop
                bestandsnaam={excelBestandsnaam('herverdelingen', regio?.naam, begroting.jaar)}
                bladen={[
                  {
                    naam: 'Herverdelingen',
                    kolommen: [
                      { kop: 'Besluitdatum', soort: 'datum' },
                      { kop: 'Van' },
                      { kop: 'Naar' },
                      { kop: 'Bedrag', soort: 'euro' },
                      { kop: 'Besloten door' },
                      { kop: 'Referentie' },
                      { kop: 'Nieuwe versie', soort: 'getal' },
                      { kop: 'Toelichting', breedte: 50 },
                    ],
                    rijen: items.map((h) => [h.besluitdatum, h.van.code, h.naar.code, h.bedragCenten, h.overlegorgaan?.naam, h.besluitReferentie, h.nieuweVersie, h.toelichting]),
                  },
                ]}
              />
              <Tabel label={`Herverdelingen binnen ${begroting.naam}`} koppen={['Besluitdatum', 'Van', 'Naar', { tekst: 'Bedrag', numeriek: true }, 'Besloten door', 'Gevolg']}>
                {items.map((h) => (
                  <TableRow key={h.id}>
                    <TableCell className="geen-afbreking">{formatDatum(h.besluitdatum)}</TableCell>
                    <TableCell>{regelLabel(h.van)}</TableCell>
                    <TableCell>{regelLabel(h.naar)}</TableCell>
                    <TableCell className="numeriek geen-afbreking">{formatEuro(h.bedragCenten)}</TableCell>
                    <TableCell>
                      {h.overlegorgaan?.naam ?? 'Onbekend'}
                      {h.besluitId ? (
                        <span className="bijzin">
                          {' '}
                          (<AppLink to={besluitPad(regioId, h.besluitId)}>{h.besluitReferentie || 'besluit'}</AppLink>)
                        </span>
                      ) : h.besluitReferentie ? (
                        <span className="bijzin"> ({h.besluitReferentie})</span>
                      ) : null}
                    </TableCell>
                    <TableCell>
                      {h.nieuweVersie !== null ? (
                        <>
                          Versie {h.nieuweVersie} vastgesteld (
                          <AppLink to={`/regios/${regioId}/financien/begroting/${begroting.jaar}`}>begroting</AppLink>)
                        </>
                      ) : (
                        'Binnen het mandaat'
                      )}
                    </TableCell>
                  </TableRow>
                ))}
              </Tabel>
            </>
          )
        }
      </MetGegevens>
      {orgaan && ruimte.data && begroting.status !== 'concept' ? (
        <>
          <Heading2>Ruimte van {orgaan.naam}</Heading2>
          <Paragraph>
            {orgaan.naam} mag per jaar tot {formatBasispunten(orgaan.besluitregels.herverdelingsmandaatBasispunten ?? 0)} van het
            vastgestelde bedrag van elke betrokken regel herverdelen, samengeteld voor wat een regel afstaat en ontvangt. Voor meer is
            een besluit van het PHO nodig.
          </Paragraph>
          <RuimteTabel ruimte={ruimte.data.items} orgaan={orgaan} />
        </>
      ) : null}
    </section>
  );
}
