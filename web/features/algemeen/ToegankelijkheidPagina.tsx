import { Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { PaginaKop } from '../../components/pagina';

export function ToegankelijkheidPagina() {
  return (
    <>
      <PaginaKop titel="Toegankelijkheid" kruimels={[{ label: 'Toegankelijkheid', to: '/toegankelijkheid' }]} />
      <Paragraph appearance="lead">
        Iedereen die met Regiekamer werkt, moet dat kunnen doen: ook met een schermlezer, alleen met het toetsenbord,
        met vergroting of op een klein scherm.
      </Paragraph>
      <section aria-labelledby="norm" className="sectie">
        <Heading2 id="norm">Waar Regiekamer aan wil voldoen</Heading2>
        <Paragraph>
          Regiekamer is gebouwd om te voldoen aan de Web Content Accessibility Guidelines (WCAG) 2.2 op niveau AA, de
          norm die voor overheidswebsites en -applicaties geldt. Daarvoor gebruiken we de componenten van NL Design
          System.
        </Paragraph>
      </section>
      <section aria-labelledby="maatregelen" className="sectie">
        <Heading2 id="maatregelen">Wat we daarvoor doen</Heading2>
        <UnorderedList>
          <UnorderedListItem>Elke pagina is volledig met het toetsenbord te bedienen, met een zichtbare focus.</UnorderedListItem>
          <UnorderedListItem>Met de link “Naar de inhoud” slaat u de menu’s over.</UnorderedListItem>
          <UnorderedListItem>Pagina’s zijn bruikbaar bij 200% zoom en op schermen van 320 pixels breed.</UnorderedListItem>
          <UnorderedListItem>
            Formulieren tonen fouten bij het veld en in een overzicht bovenaan; de focus gaat naar dat overzicht.
          </UnorderedListItem>
          <UnorderedListItem>
            Status en rol staan altijd in tekst, nooit alleen in kleur. Een eigen kleur van een regio wordt alleen
            gebruikt als de tekst erop goed leesbaar blijft.
          </UnorderedListItem>
          <UnorderedListItem>Elke pagina wordt bij elke wijziging automatisch getoetst met axe.</UnorderedListItem>
        </UnorderedList>
      </section>
      <section aria-labelledby="bekend" className="sectie">
        <Heading2 id="bekend">Bekende beperkingen</Heading2>
        <Paragraph>
          Grafieken krijgen altijd een tabel met dezelfde cijfers. Ziet u toch iets dat niet werkt? Meld het ons, dan
          lossen we het op.
        </Paragraph>
      </section>
      <section aria-labelledby="contact" className="sectie">
        <Heading2 id="contact">Contact</Heading2>
        <Paragraph>
          Loopt u tegen een probleem aan? Neem contact op met het projectbureau van uw regio of met de beheerder van
          Regiekamer in uw organisatie. Beschrijf op welke pagina het was en wat er misging.
        </Paragraph>
      </section>
    </>
  );
}
