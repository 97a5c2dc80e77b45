import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';

/**
 * A throwaway PostgreSQL cluster for the test suite, when no TEST_DATABASE_URL is given.
 * initdb refuses to run as root, so as root the cluster belongs to the postgres user.
 */
export interface Cluster {
  url: (database: string) => string;
  stop: () => void;
}

function vindBinMap(): string | undefined {
  const kandidaten = [process.env.PG_BIN];
  const basis = '/usr/lib/postgresql';
  if (existsSync(basis)) {
    for (const versie of readdirSync(basis).sort((a, b) => Number(b) - Number(a))) kandidaten.push(path.join(basis, versie, 'bin'));
  }
  for (const dir of (process.env.PATH ?? '').split(':')) kandidaten.push(dir);
  return kandidaten.find((d) => d && existsSync(path.join(d, 'initdb')) && existsSync(path.join(d, 'pg_ctl')));
}

async function vrijePoort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const adres = server.address();
      server.close(() => (typeof adres === 'object' && adres ? resolve(adres.port) : reject(new Error('geen poort'))));
    });
  });
}

export async function startCluster(): Promise<Cluster> {
  const bin = vindBinMap();
  if (!bin) {
    throw new Error(
      'PostgreSQL ontbreekt: de PostgreSQL-testsuite heeft initdb en pg_ctl nodig. ' +
        'Installeer ze met `apt-get install postgresql` (Debian), zet PG_BIN op de map met de binaries, ' +
        'of geef een bestaande server met TEST_DATABASE_URL=postgres://gebruiker@host:poort.',
    );
  }
  const isRoot = process.getuid?.() === 0;
  const alsPostgres = (cmd: string, args: string[]) =>
    isRoot ? ['runuser', ['-u', 'postgres', '--', cmd, ...args]] as const : [cmd, args] as const;

  const map = mkdtempSync(path.join(os.tmpdir(), 'regiekamer-pg-'));
  const data = path.join(map, 'data');
  if (isRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    chownSync(map, uid, gid);
  }
  chmodSync(map, 0o700);
  const poort = await vrijePoort();
  const draai = (cmd: string, args: string[]) => {
    const [c, a] = alsPostgres(cmd, args);
    const r = spawnSync(c, [...a], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${cmd} mislukte:\n${r.stdout}\n${r.stderr}`);
  };
  draai(path.join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C.UTF-8', '--no-sync']);
  // Durability is not needed for a throwaway cluster; speed is.
  const opties = `-p ${poort} -k ${map} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`;
  draai(path.join(bin, 'pg_ctl'), ['-D', data, '-o', opties, '-l', path.join(map, 'log'), '-w', 'start']);
  return {
    url: (database) => `postgres://postgres@127.0.0.1:${poort}/${database}`,
    stop: () => {
      const [c, a] = alsPostgres(path.join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', 'stop']);
      spawnSync(c, [...a]);
      rmSync(map, { recursive: true, force: true });
    },
  };
}
