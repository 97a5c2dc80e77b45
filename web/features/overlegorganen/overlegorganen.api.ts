import type { z } from 'zod';
import type {
  Overlegorgaan,
  OverlegorgaanDetail,
  OverlegorgaanLid,
  overlegorgaanCreateSchema,
  overlegorgaanLidCreateSchema,
  overlegorgaanUpdateSchema,
} from '../../../common/contracts/regios';
import { api } from '../../api';
import { regioVerzameling, useRegioMutatie } from '../regios/regios.api';

export type OverlegorgaanNieuw = z.infer<typeof overlegorgaanCreateSchema>;
export type OverlegorgaanUpdate = z.infer<typeof overlegorgaanUpdateSchema>;
export type LidNieuw = z.infer<typeof overlegorgaanLidCreateSchema>;

const organen = regioVerzameling<Overlegorgaan, OverlegorgaanDetail, OverlegorgaanNieuw, OverlegorgaanUpdate>('overlegorganen');

export const useOverlegorganen = organen.useLijst;
export const useOverlegorgaan = organen.useItem;
export const useOverlegorgaanToevoegen = organen.useToevoegen;
export const useOverlegorgaanBijwerken = organen.useBijwerken;
export const useOverlegorgaanVerwijderen = organen.useVerwijderen;

const ledenPad = (regioId: string, orgaanId: string) => `${organen.itemPad(regioId, orgaanId)}/leden`;
const lidPad = (regioId: string, orgaanId: string, lidId: string) =>
  `${ledenPad(regioId, orgaanId)}/${encodeURIComponent(lidId)}`;

/** Adding and changing a member answer with the whole body and its members. */
export function useLidToevoegen(regioId: string, orgaanId: string) {
  return useRegioMutatie(regioId, (lid: LidNieuw) =>
    api<OverlegorgaanDetail>(ledenPad(regioId, orgaanId), { method: 'POST', body: lid }),
  );
}

export function useLidBijwerken(regioId: string, orgaanId: string, lidId: string) {
  return useRegioMutatie(regioId, (lid: LidNieuw) =>
    api<OverlegorgaanDetail>(lidPad(regioId, orgaanId, lidId), { method: 'PATCH', body: lid }),
  );
}

export function useLidVerwijderen(regioId: string, orgaanId: string) {
  return useRegioMutatie(regioId, (lidId: string) => api<void>(lidPad(regioId, orgaanId, lidId), { method: 'DELETE' }));
}

/** How a member is called: the person, or the seat of the municipality. */
export function lidNaam(lid: OverlegorgaanLid): string {
  return lid.naam || (lid.gemeente ? `Zetel gemeente ${lid.gemeente.naam}` : 'Naamloos lid');
}
