import { useParams } from 'react-router';
import { useOnderdeel } from '../../components/regio-pagina';
import { useAfsprakencatalogus, useAkkoorden } from './akkoorden.api';

/**
 * The accord of the catalogue pages (`organisatie/akkoorden/:akkoordId/afspraken…`): the accord
 * itself, its catalogue, the page's path and the breadcrumbs up to it.
 */
export function useCatalogus() {
  const onderdeel = useOnderdeel('akkoorden');
  const akkoordId = useParams().akkoordId ?? '';
  const akkoorden = useAkkoorden();
  const catalogus = useAfsprakencatalogus(akkoordId);
  const akkoord = akkoorden.data?.items.find((a) => a.id === akkoordId);
  const titel = akkoord ? `Afsprakencatalogus ${akkoord.code}` : 'Afsprakencatalogus';
  const catalogusPad = `${onderdeel.pad}/${akkoordId}/afspraken`;
  return {
    ...onderdeel,
    akkoordId,
    akkoord,
    akkoordenLaden: akkoorden.isPending,
    catalogus,
    titel,
    catalogusPad,
    catalogusKruimels: [...onderdeel.kruimels, { label: titel, to: catalogusPad }],
  };
}
