import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useHuidigeRegio } from '../../components/layout';
import { AppLink } from '../../components/links';
import { Gegevenslijst, RegioKop } from '../../components/regio-pagina';
import { Laden } from '../../components/status';
import { kerncijfers, useOrganisatieNaam } from '../regios/RegioPagina';

export function OverzichtPagina() {
  const { regioId, regio } = useHuidigeRegio();
  const naamVan = useOrganisatieNaam(regioId);
  const basis = `/regios/${regioId}`;

  return (
    <>
      <RegioKop titel={regio ? `Overzicht ${regio.naam}` : 'Overzicht'} kruimels={[{ label: regio?.naam ?? 'Regio', to: basis }]} />
      {!regio ? (
        <Laden wat="de regio" />
      ) : (
        <>
          {regio.omschrijving ? <Paragraph appearance="lead">{regio.omschrijving}</Paragraph> : null}
          <section aria-labelledby="kerngegevens" className="sectie">
            <Heading2 id="kerngegevens">Kerngegevens</Heading2>
            <Gegevenslijst
              gegevens={[
                kerncijfers(regio).mandaatgemeente,
                { label: 'Preferente zorgverzekeraar', waarde: naamVan(regio.preferenteZorgverzekeraarId) },
                ...kerncijfers(regio).aantallen,
              ]}
            />
          </section>
          <section aria-labelledby="organisatie-kop" className="sectie">
            <Heading2 id="organisatie-kop">Organisatie van de regio</Heading2>
            <ul className="linklijst">
              <li>
                <AppLink to={`${basis}/organisatie/regio`}>Regio</AppLink>: naam, omschrijving en zorgverzekeraars
              </li>
              <li>
                <AppLink to={`${basis}/organisatie/gemeenten`}>Gemeenten</AppLink>: de deelnemende gemeenten en hun
                rol
              </li>
              <li>
                <AppLink to={`${basis}/organisatie/organisaties`}>Organisaties</AppLink>: de partners in de regio
              </li>
              <li>
                <AppLink to={`${basis}/organisatie/overlegorganen`}>Overlegorganen</AppLink>: PHO, Kerngroep en
                andere overleggen met hun leden en besluitregels
              </li>
              <li>
                <AppLink to={`${basis}/organisatie/akkoorden`}>Akkoorden</AppLink>: IZA, GALA en AZWA met hun
                werkagenda
              </li>
              <li>
                <AppLink to={`${basis}/organisatie/historie`}>Historie</AppLink>: wie wat wanneer heeft gewijzigd
              </li>
            </ul>
          </section>
        </>
      )}
    </>
  );
}
