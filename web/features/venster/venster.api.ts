import { useQuery } from '@tanstack/react-query';
import type {
  VensterAntwoord,
  VensterAntwoordInvoer,
  VensterRespondent,
  VensterResultaat,
  VensterVraag,
  VensterVraagInvoer,
  VensterVraagPatch,
} from '../../../common/contracts/venster';
import { api } from '../../api';
import { type Lijst, regioPad, regioVerzameling, useRegioMutatie } from '../regios/regios.api';

const pad = (regioId: string) => `${regioPad(regioId)}/venster`;
const vragen = regioVerzameling<VensterVraag, VensterVraag, VensterVraagInvoer, VensterVraagPatch>('venster/vragen');

export function useVenster(regioId: string) {
  return useQuery({
    queryKey: ['regios', regioId, 'venster'],
    queryFn: ({ signal }) => api<{ jaren: number[]; resultaten: VensterResultaat[] }>(pad(regioId), { signal }),
  });
}

function useVanJaar<T>(regioId: string, wat: string, jaar: number | undefined) {
  return useQuery({
    queryKey: ['regios', regioId, 'venster', wat, jaar],
    queryFn: ({ signal }) => api<Lijst<T>>(`${pad(regioId)}/${wat}?jaar=${jaar}`, { signal }),
    enabled: jaar !== undefined,
  });
}

export const useVensterVragen = (regioId: string, jaar: number | undefined) => useVanJaar<VensterVraag>(regioId, 'vragen', jaar);
export const useRespondenten = (regioId: string, jaar: number | undefined) => useVanJaar<VensterRespondent>(regioId, 'respondenten', jaar);
export const useAntwoorden = (regioId: string, jaar: number | undefined) => useVanJaar<VensterAntwoord>(regioId, 'antwoorden', jaar);

export const useVensterVraag = vragen.useItem;
export const useVraagToevoegen = vragen.useToevoegen;
export const useVraagBijwerken = vragen.useBijwerken;
export const useVraagVerwijderen = vragen.useVerwijderen;

export function useInvullen(regioId: string) {
  return useRegioMutatie(regioId, (invoer: VensterAntwoordInvoer) => api<VensterAntwoord>(`${pad(regioId)}/antwoorden`, { method: 'POST', body: invoer }));
}

/** One decimal, Dutch notation: 7,2. */
export const formatGemiddelde = (n: number | null) => (n === null ? 'geen antwoorden' : n.toLocaleString('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 }));
