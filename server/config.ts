import { z } from 'zod';

/**
 * All configuration of Regiekamer, read from the environment once and validated at start.
 * Nothing else reads process.env: a typo in a variable fails loudly here instead of silently
 * falling back somewhere deep in the code.
 */
const booleanString = z
  .enum(['true', 'false', '1', '0', 'ja', 'nee'])
  .transform((v) => v === 'true' || v === '1' || v === 'ja');

export const configSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z.string().url().optional(),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  REGIEKAMER_DATA_DIR: z.string().min(1).default('./data'),
  REGIEKAMER_DEMO: booleanString.default(true),
  REGIEKAMER_DEMO_WACHTWOORD: z.string().min(12).optional(),
  REGIEKAMER_SESSIE_INACTIEF_MINUTEN: z.coerce.number().int().min(1).default(30),
  REGIEKAMER_SESSIE_MAXIMAAL_UREN: z.coerce.number().int().min(1).default(12),
  REGIEKAMER_AANMELDEN_MAX_POGINGEN: z.coerce.number().int().min(1).default(5),
  REGIEKAMER_AANMELDEN_VENSTER_MINUTEN: z.coerce.number().int().min(1).default(15),
  REGIEKAMER_TRUST_PROXY: booleanString.default(false),
  REGIEKAMER_WEB_DIR: z.string().min(1).default('./dist/web'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Config = z.infer<typeof configSchema>;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = configSchema.safeParse(env);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Ongeldige configuratie:\n${lines.join('\n')}`);
  }
  return result.data;
}
