import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { regio } from '../../db/schema/index';

export async function regioRef(db: Db, regioId: string) {
  const [r] = await db.select({ id: regio.id, naam: regio.naam }).from(regio).where(eq(regio.id, regioId));
  return r;
}
