import { createHash } from 'node:crypto';
import type {
  Voortgangsrapportage,
  VoortgangsrapportageInvoer,
  VoortgangsrapportageSamenvatting,
} from '../../../common/contracts/overzicht';
import { periodeLabel } from '../../../common/periode';
import { vandaagInNederland } from '../../../common/voortgang';
import type { Db } from '../../db/client';
import { isUniekeSchending } from '../../db/fouten';
import { DomainError, nietGevonden, ongeldig } from '../../errors';
import { schrijfAudit } from '../historie/historie.repository';
import { bouwRegiostand, inMomentopname } from '../overzicht/regiostand';
import type { Actor } from '../toegang/rechten.rules';
import * as repo from './voortgangsrapportages.repository';
import { leesInhoud, periodeFout, serialiseer, standaardTitel } from './voortgangsrapportage.rules';

const sha256 = (tekst: string) => createHash('sha256').update(tekst, 'utf8').digest('hex');

function alsSamenvatting(r: repo.SamenvattingRij): VoortgangsrapportageSamenvatting {
  return { ...r, periodeLabel: periodeLabel(r.periode), bevrorenOp: r.bevrorenOp.toISOString() };
}

export async function lijst(db: Db, regioId: string, filter: { periode?: string } = {}) {
  return (await repo.samenvattingen(db, regioId, filter)).map(alsSamenvatting);
}

/** The most recent report of the region, or null. */
export async function laatste(db: Db, regioId: string) {
  const [r] = await repo.samenvattingen(db, regioId, { aantal: 1 });
  return r ? alsSamenvatting(r) : null;
}

/**
 * One report, read from its stored text. `ongeschonden` compares the text's SHA-256 with the hash
 * stored at the freeze. Content this version cannot read is refused with the reason (409), never
 * answered half or with a server error.
 */
export async function haal(db: Db, regioId: string, id: string): Promise<Voortgangsrapportage> {
  const r = await repo.metInhoud(db, regioId, id);
  if (!r) throw nietGevonden('Deze voortgangsrapportage');
  const { inhoud: tekst, ...samenvatting } = r;
  const gelezen = leesInhoud(tekst);
  if ('fout' in gelezen) throw new DomainError('conflict', `Deze voortgangsrapportage kan niet worden gelezen. ${gelezen.fout}`);
  return { ...alsSamenvatting(samenvatting), ongeschonden: sha256(tekst) === r.inhoudHash, inhoud: gelezen.inhoud };
}

/**
 * Freezes the region's state for a period, taken today (in the Netherlands), in one snapshot: the
 * state is read and the report written in the same transaction. The content is serialised once
 * and stored as that text with its hash. `actor` is null for the demo (the system).
 */
export async function bevries(db: Db, actor: Actor | null, regioId: string, invoer: VoortgangsrapportageInvoer, vandaag = vandaagInNederland()) {
  const fout = periodeFout(invoer.periode, vandaag);
  if (fout) throw ongeldig([fout]);
  const id = await inMomentopname(
    db,
    async (tx) => {
      const stand = await bouwRegiostand(tx, regioId, invoer.periode, vandaag);
      const tekst = serialiseer(stand);
      const waarden = {
        regioId,
        periode: invoer.periode,
        volgnummer: await repo.volgendVolgnummer(tx, regioId, invoer.periode),
        titel: invoer.titel ?? standaardTitel(invoer.periode),
        toelichting: invoer.toelichting ?? '',
        peildatum: vandaag,
        bevrorenDoor: actor?.naam ?? 'systeem',
        inhoudHash: sha256(tekst),
      };
      const nieuw = await repo.voegToe(tx, waarden, tekst);
      // The hash and the period identify the content; the content itself is the report's own row.
      const { regioId: _r, ...na } = waarden;
      await schrijfAudit(tx, {
        regioId,
        actor,
        actie: 'aangemaakt',
        soort: 'voortgangsrapportage',
        itemId: nieuw,
        omschrijving: `${waarden.titel} (${periodeLabel(invoer.periode)}, nr. ${waarden.volgnummer})`,
        na,
      });
      return nieuw;
    },
    { schrijven: true },
  ).catch((e: unknown) => {
    // Two freezes of one period at the same moment both take the same number; one of them waits.
    if (isUniekeSchending(e)) throw new DomainError('conflict', `Er werd tegelijk een andere rapportage over ${periodeLabel(invoer.periode)} bevroren; probeer het opnieuw.`);
    throw e;
  });
  return haal(db, regioId, id);
}
