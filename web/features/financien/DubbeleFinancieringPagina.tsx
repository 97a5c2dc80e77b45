import { Heading2, Paragraph, TableCell, TableRow } from '@utrecht/component-library-react';
import { activiteitCreateSchema } from '../../../common/contracts/financien';
import { formatEuro } from '../../../common/geld';
import { ExcelKnop, excelBestandsnaam } from '../../components/excel';
import { TekstVeld, type Veldfouten } from '../../components/formulier';
import { Formulier, FormulierPagina } from '../../components/formulier-pagina';
import { useFormulier } from '../../components/formulier-status';
import { AppButtonLink, AppLink } from '../../components/links';
import { MetGegevens, RegioKop, Tabel, useMelding, useOnderdeel } from '../../components/regio-pagina';
import { Badge, Melding } from '../../components/status';
import { aantal, euroInvoerNaarCenten } from '../../format';
import { MetJaar, useJaarUitQuery } from './financien';
import { useActiviteitBewaren, useActiviteiten, useDubbeleFinanciering, type DubbeleFinanciering } from './verantwoording.api';

/**
 * Double funding (DOMAIN.md §5): each euro is charged to one grant; a document may not be charged
 * beyond its amount, an activity not beyond its cost. Part of Boekingen.
 */

const titel = 'Dubbele financiering';

function useDubbelPad() {
  const onderdeel = useOnderdeel('boekingen');
  const dubbelPad = `${onderdeel.pad}/dubbele-financiering`;
  return { ...onderdeel, dubbelPad, dubbelKruimels: [...onderdeel.kruimels, { label: titel, to: dubbelPad }] };
}

export function DubbeleFinancieringPagina() {
  const { regioId, regio, rechten, dubbelPad, dubbelKruimels } = useDubbelPad();
  const { jaar } = useJaarUitQuery(regioId);
  const melding = useMelding();
  return (
    <>
      <RegioKop titel={jaar ? `${titel} ${jaar}` : titel} kruimels={dubbelKruimels}>
        <Paragraph>
          Elke euro van een uitgave komt ten laste van precies één uitkering. Hier staan de facturen of opdrachten die samen
          meer dan hun bedrag aan uitkeringen zijn aangerekend, en de activiteiten waarvoor meer is aangerekend dan ze kosten,
          met per uitkering het spoor naar de boekingen.
        </Paragraph>
      </RegioKop>
      <Melding tekst={melding} />
      <MetJaar jaar={jaar} wat="de signalen">
        {(j) => <Signalen regioId={regioId} regioNaam={regio?.naam} jaar={j} />}
      </MetJaar>
      <section aria-labelledby="activiteiten-kop" className="sectie">
        <Heading2 id="activiteiten-kop">Kosten van activiteiten</Heading2>
        <Paragraph>
          Met de kosten van een activiteit bekend, toetst Regiekamer of de boekingen van die activiteit samen niet meer zijn dan
          wat zij kost.
        </Paragraph>
        {rechten.magFinancienBewerken ? (
          <Paragraph>
            <AppButtonLink to={`${dubbelPad}/activiteit`} appearance="primary-action-button">
              Kosten van een activiteit vastleggen
            </AppButtonLink>
          </Paragraph>
        ) : null}
        <Activiteiten regioId={regioId} />
      </section>
    </>
  );
}

function Zekerheid({ zekerheid }: { zekerheid: DubbeleFinanciering['zekerheid'] }) {
  return (
    <Badge toon={zekerheid === 'dubbel' ? 'fout' : 'waarschuwing'} voorvoegsel="Zekerheid">
      {zekerheid === 'dubbel' ? 'dubbel' : 'te controleren'}
    </Badge>
  );
}

const euroOfOnbekend = (centen: number | null) => (centen === null ? 'onbekend' : formatEuro(centen));

function Signalen({ regioId, regioNaam, jaar }: { regioId: string; regioNaam: string | undefined; jaar: number }) {
  const signalen = useDubbeleFinanciering(regioId, jaar);
  const boekingen = `/regios/${regioId}/financien/boekingen`;
  return (
    <MetGegevens query={signalen} wat="de signalen">
      {({ items }) =>
        items.length === 0 ? (
          <Paragraph>Geen aanwijzingen voor dubbele financiering in {jaar}.</Paragraph>
        ) : (
          <>
            <Paragraph className="telling">{aantal(items.length, 'aanwijzing', 'aanwijzingen')}</Paragraph>
            <ExcelKnop
              bestandsnaam={excelBestandsnaam('dubbele-financiering', regioNaam, jaar)}
              bladen={[
                {
                  naam: `Dubbele financiering ${jaar}`,
                  kolommen: [
                    { kop: 'Soort' },
                    { kop: 'Document of activiteit' },
                    { kop: 'Grens', soort: 'euro' },
                    { kop: 'Aangerekend', soort: 'euro' },
                    { kop: 'Te veel', soort: 'euro' },
                    { kop: 'Zekerheid' },
                    { kop: 'Uitkering' },
                    { kop: 'Bedrag uitkering', soort: 'euro' },
                  ],
                  rijen: items.flatMap((s) =>
                    s.spoor.map((sp) => [s.soort, s.sleutel, s.grensCenten, s.aangerekendCenten, s.teveelCenten, s.zekerheid, sp.uitkeringNaam, sp.bedragCenten]),
                  ),
                },
              ]}
            />
            <Tabel
              label={`Aanwijzingen voor dubbele financiering in ${jaar}`}
              koppen={[
                'Document of activiteit',
                { tekst: 'Grens', numeriek: true },
                { tekst: 'Aangerekend', numeriek: true },
                { tekst: 'Te veel', numeriek: true },
                'Zekerheid',
                'Spoor per uitkering',
              ]}
            >
              {items.map((s) => (
                <TableRow key={`${s.soort}-${s.sleutel}`}>
                  <TableCell>
                    {s.sleutel} <span className="bijzin">{s.soort === 'document' ? 'document' : 'activiteit'}</span>
                  </TableCell>
                  <TableCell className="numeriek geen-afbreking">{euroOfOnbekend(s.grensCenten)}</TableCell>
                  <TableCell className="numeriek geen-afbreking">{formatEuro(s.aangerekendCenten)}</TableCell>
                  <TableCell className="numeriek geen-afbreking">{euroOfOnbekend(s.teveelCenten)}</TableCell>
                  <TableCell>
                    <Zekerheid zekerheid={s.zekerheid} />
                  </TableCell>
                  <TableCell>
                    <ul className="linklijst">
                      {s.spoor.map((sp) => (
                        <li key={sp.uitkeringId}>
                          <AppLink to={`${boekingen}?jaar=${jaar}&uitkering=${sp.uitkeringId}${s.soort === 'document' ? `&zoek=${encodeURIComponent(s.sleutel)}` : ''}`}>
                            {sp.uitkeringNaam}: {formatEuro(sp.bedragCenten)}
                            <span className="visueel-verborgen">, {aantal(sp.boekingIds.length, 'boeking', 'boekingen')} van {s.sleutel}</span>
                          </AppLink>
                        </li>
                      ))}
                    </ul>
                  </TableCell>
                </TableRow>
              ))}
            </Tabel>
          </>
        )
      }
    </MetGegevens>
  );
}

function Activiteiten({ regioId }: { regioId: string }) {
  const activiteiten = useActiviteiten(regioId);
  return (
    <MetGegevens query={activiteiten} wat="de activiteiten">
      {({ items }) =>
        items.length === 0 ? (
          <Paragraph>Er zijn nog geen kosten van activiteiten vastgelegd.</Paragraph>
        ) : (
          <Tabel label="Activiteiten met hun kosten" koppen={['Activiteit', { tekst: 'Kosten', numeriek: true }]}>
            {items.map((a) => (
              <TableRow key={a.id}>
                <TableCell>{a.naam}</TableCell>
                <TableCell className="numeriek geen-afbreking">{formatEuro(a.kostenCenten)}</TableCell>
              </TableRow>
            ))}
          </Tabel>
        )
      }
    </MetGegevens>
  );
}

export function ActiviteitFormulierPagina() {
  const { rechten, dubbelPad, dubbelKruimels } = useDubbelPad();
  return (
    <FormulierPagina
      titel="Kosten van een activiteit vastleggen"
      kruimels={[...dubbelKruimels, { label: 'Activiteit', to: `${dubbelPad}/activiteit` }]}
      mag={rechten.magFinancienBewerken}
      geenRecht="Alleen de regiocoördinator en de financieel adviseur kunnen de kosten van activiteiten vastleggen."
      wat="het formulier"
    >
      {() => <ActiviteitFormulier />}
    </FormulierPagina>
  );
}

function ActiviteitFormulier() {
  const { regioId, dubbelPad } = useDubbelPad();
  const f = useFormulier({ begin: { naam: '', kosten: '' }, labels: { naam: 'Activiteit', kostenCenten: 'Kosten' } });
  const bewaren = useActiviteitBewaren(regioId);

  function verstuur() {
    const extra: Veldfouten = {};
    const centen = euroInvoerNaarCenten(f.invoer.kosten);
    if (centen === null) extra.kostenCenten = 'Vul een bedrag in euro in, zoals 15.000 of 1.234,56 (hoogstens twee decimalen)';
    const geldig = f.controleer(activiteitCreateSchema, { naam: f.invoer.naam, kostenCenten: centen ?? 0 }, extra);
    if (geldig) f.opslaan(bewaren, geldig, dubbelPad, { melding: `De kosten van “${geldig.naam}” zijn vastgelegd: ${formatEuro(geldig.kostenCenten)}.` });
  }

  return (
    <Formulier formulier={f} onVerstuur={verstuur} bezig={bewaren.isPending} annulerenNaar={dubbelPad}>
      <TekstVeld
        {...f.veld('naam')}
        verplicht
        beschrijving="Precies zoals in de kolom activiteit van de boekingen, zoals Valpreventie. Een bestaande activiteit krijgt de nieuwe kosten."
      />
      <TekstVeld {...f.veld('kosten', 'kostenCenten')} verplicht inputMode="decimal" beschrijving="De totale kosten in euro, zoals 15.000." className="invoer-kort" />
    </Formulier>
  );
}
