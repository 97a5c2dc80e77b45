import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

// argon2id with the OWASP-recommended minimum (19 MiB, 2 passes, 1 lane).
const argon2Opties = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export const hashWachtwoord = (wachtwoord: string) => hash(wachtwoord, argon2Opties);

export async function controleerWachtwoord(hashWaarde: string, wachtwoord: string): Promise<boolean> {
  try {
    return await verify(hashWaarde, wachtwoord);
  } catch {
    return false;
  }
}

/** A hash to verify against when the account does not exist, so timing reveals nothing. */
let dummyHash: Promise<string> | undefined;
export const dummyWachtwoordHash = () => (dummyHash ??= hashWachtwoord(randomBytes(16).toString('hex')));

export const willekeurigToken = (bytes = 32) => randomBytes(bytes).toString('base64url');

/** Tokens are stored as SHA-256: they are long and random, so a slow hash adds nothing. */
export const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

export function gelijk(a: string, b: string): boolean {
  const ba = Buffer.from(a);
  const bb = Buffer.from(b);
  return ba.length === bb.length && timingSafeEqual(ba, bb);
}

/** A readable generated password: 24 characters from base64url, about 144 bits. */
export const genereerWachtwoord = () => randomBytes(18).toString('base64url');

export const minimaleWachtwoordLengte = 12;
