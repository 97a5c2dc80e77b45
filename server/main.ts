import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { buildApp } from './app';
import { loadConfig, type Config } from './config';
import { DataDirInUseError, openDatabase, type Database } from './db/client';
import { migrateDatabase } from './db/migrate';
import { DomainError } from './errors';
import { BackupFout, herstelBackup, maakBackup } from './features/beheer/backup.service';
import { isLeeg, laadDemo, type DemoUitkomst } from './features/demo/demo.service';
import { importeerGemeenten } from './features/gemeenten/gemeenten.service';
import { importeerGrenzen } from './features/steunpunten/steunpunten.service';
import { maakGebruiker, voegRolToe, zetWachtwoord, type RolOfBeheerder } from './features/gebruikers/gebruikers.service';
import { vindGebruikerOpEmail } from './features/sessies/sessies.repository';
import { maakApiToken } from './features/sessies/sessies.service';
import { genereerWachtwoord } from './features/sessies/wachtwoord';

const HULP = `Regiekamer — het werksysteem van een zorgregio onder het IZA, GALA en AZWA.

Gebruik: regiekamer <opdracht> [opties]   (in de repository: npm run cli -- <opdracht>)

Opdrachten:
  serve                         start de webserver (migreert eerst; laadt de demo in een lege database)
  migrate                       voer de databasemigraties uit
  demo                          laad de demoregio Noord- en Midden-Limburg (idempotent)
  user add --email E --role R [--regio REGIO] [--gemeente GMxxxx] [--organisatie NAAM] [--naam NAAM]
                                maak een account; wachtwoord via stdin, anders gegenereerd en één keer getoond
                                rollen: beheerder, regiocoordinator, beleidsadviseur, financieel-adviseur,
                                bestuurder, partner, lezer; REGIO is een id of de naam van de regio
  user role --email E --role R [--regio …] [--gemeente …] [--organisatie …]
                                geef een bestaand account een (extra) rol
  user password --email E       stel een nieuw wachtwoord in (stdin, anders gegenereerd)
  token create --email E [--naam NAAM]
                                maak een persoonlijk API-token; het wordt één keer getoond
  import gemeenten BESTAND      importeer gemeenten uit een CSV in CBS-indeling (alles of niets)
  import grenzen BESTAND        importeer gemeentegrenzen uit een GeoJSON FeatureCollection (alles of niets)
  backup BESTAND                schrijf een consistente backup (gzip, JSON-regels)
  restore BESTAND               zet een backup terug (vervangt alle gegevens)

Configuratie via omgevingsvariabelen: zie README.md.`;

async function leesStdin(): Promise<string | undefined> {
  if (process.stdin.isTTY) return undefined;
  const delen: Buffer[] = [];
  for await (const deel of process.stdin) delen.push(deel as Buffer);
  const tekst = Buffer.concat(delen).toString('utf8').replace(/\r?\n$/, '');
  return tekst.length ? tekst : undefined;
}

async function metDatabase<T>(config: Config, fn: (database: Database) => Promise<T>): Promise<T> {
  const database = await openDatabase(config);
  try {
    await migrateDatabase(database);
    return await fn(database);
  } finally {
    await database.close();
  }
}

function toonDemo(uitkomst: DemoUitkomst) {
  console.log(`Demo geladen: ${uitkomst.akkoorden} akkoord(en), ${uitkomst.regios} regio('s), ${uitkomst.accounts.length} account(s).`);
  if (uitkomst.accounts.length && uitkomst.wachtwoord) {
    console.log('Demo-accounts (wachtwoord voor allemaal, wordt maar één keer getoond):');
    console.log(`  wachtwoord: ${uitkomst.wachtwoord}`);
    for (const a of uitkomst.accounts) console.log(`  ${a}`);
  }
}

async function serve(config: Config) {
  const database = await openDatabase(config);
  await migrateDatabase(database);
  if (config.REGIEKAMER_DEMO && (await isLeeg(database.db))) {
    toonDemo(await laadDemo(database.db, { wachtwoord: config.REGIEKAMER_DEMO_WACHTWOORD }));
  }
  const app = await buildApp({ db: database.db, config, database });
  let stoppen = false;
  const stop = async () => {
    if (stoppen) return;
    stoppen = true;
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  await app.listen({ port: config.PORT, host: config.HOST });
  console.log(`Regiekamer draait op http://${config.HOST}:${config.PORT} (database: ${database.kind === 'pglite' ? `ingebed, ${config.REGIEKAMER_DATA_DIR}` : 'PostgreSQL'})`);
}

export async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      email: { type: 'string' },
      role: { type: 'string' },
      regio: { type: 'string' },
      gemeente: { type: 'string' },
      organisatie: { type: 'string' },
      naam: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [opdracht, sub, arg] = positionals;
  if (values.help || !opdracht || opdracht === 'help') {
    console.log(HULP);
    return 0;
  }
  const config = loadConfig();
  const vereist = (naam: string, waarde: string | undefined) => {
    if (!waarde) throw new DomainError('ongeldige-invoer', `Geef --${naam} op.`);
    return waarde;
  };

  switch (opdracht) {
    case 'serve':
      await serve(config);
      return -1; // keeps running
    case 'migrate':
      await metDatabase(config, async () => console.log('Migraties uitgevoerd.'));
      return 0;
    case 'demo':
      await metDatabase(config, async ({ db }) => toonDemo(await laadDemo(db, { wachtwoord: config.REGIEKAMER_DEMO_WACHTWOORD })));
      return 0;
    case 'user': {
      const email = vereist('email', values.email);
      if (sub === 'add') {
        const opStdin = await leesStdin();
        const wachtwoord = opStdin ?? genereerWachtwoord();
        await metDatabase(config, async ({ db }) => {
          const g = await maakGebruiker(db, null, {
            email,
            naam: values.naam,
            wachtwoord,
            rol: vereist('role', values.role) as RolOfBeheerder,
            regio: values.regio,
            gemeentecode: values.gemeente,
            organisatie: values.organisatie,
          });
          console.log(`Account aangemaakt: ${g.email}`);
          if (!opStdin) console.log(`Wachtwoord (wordt maar één keer getoond): ${wachtwoord}`);
        });
        return 0;
      }
      if (sub === 'role') {
        await metDatabase(config, async ({ db }) => {
          await voegRolToe(db, null, email, {
            rol: vereist('role', values.role) as RolOfBeheerder,
            regio: values.regio,
            gemeentecode: values.gemeente,
            organisatie: values.organisatie,
          });
          console.log(`Rol ${values.role} toegevoegd aan ${email}.`);
        });
        return 0;
      }
      if (sub === 'password') {
        const opStdin = await leesStdin();
        const wachtwoord = opStdin ?? genereerWachtwoord();
        await metDatabase(config, async ({ db }) => {
          await zetWachtwoord(db, null, email, wachtwoord);
          console.log(`Wachtwoord van ${email} ingesteld.`);
          if (!opStdin) console.log(`Wachtwoord (wordt maar één keer getoond): ${wachtwoord}`);
        });
        return 0;
      }
      break;
    }
    case 'token': {
      if (sub !== 'create') break;
      const email = vereist('email', values.email);
      await metDatabase(config, async ({ db }) => {
        const g = await vindGebruikerOpEmail(db, email);
        if (!g) throw new DomainError('ongeldige-invoer', `Er is geen account voor ${email}.`);
        const t = await maakApiToken(db, g.id, values.naam ?? 'API-token');
        console.log(`API-token voor ${g.email} (wordt maar één keer getoond; gebruik als "Authorization: Bearer <token>"):`);
        console.log(t.token);
      });
      return 0;
    }
    case 'import': {
      if (sub === 'grenzen' && arg) {
        const tekst = readFileSync(arg, 'utf8');
        await metDatabase(config, async ({ db }) => {
          const r = await importeerGrenzen(db, null, tekst, arg);
          console.log(`${r.aantalFeatures} grenzen: ${r.toegevoegd} toegevoegd, ${r.bijgewerkt} bijgewerkt, ${r.ongewijzigd} ongewijzigd.`);
          if (r.onbekend.aantal) console.log(`${r.onbekend.aantal} code(s) niet in het gemeenteregister, overgeslagen: ${r.onbekend.eerste.join(', ')}${r.onbekend.aantal > r.onbekend.eerste.length ? ', …' : ''}`);
        });
        return 0;
      }
      if (sub !== 'gemeenten' || !arg) break;
      const tekst = readFileSync(arg, 'utf8');
      await metDatabase(config, async ({ db }) => {
        const r = await importeerGemeenten(db, null, tekst, arg);
        console.log(`${r.aantalRegels} regels: ${r.toegevoegd} toegevoegd, ${r.bijgewerkt} bijgewerkt, ${r.ongewijzigd} ongewijzigd.`);
      });
      return 0;
    }
    case 'backup': {
      if (!sub) break;
      await metDatabase(config, async ({ db }) => {
        const t = await maakBackup(db, sub);
        console.log(`Backup geschreven naar ${sub}: ${Object.values(t).reduce((a, b) => a + b, 0)} rijen in ${Object.keys(t).length} tabellen.`);
      });
      return 0;
    }
    case 'restore': {
      if (!sub) break;
      await metDatabase(config, async ({ db }) => {
        const t = await herstelBackup(db, sub);
        console.log(`Backup teruggezet uit ${sub}: ${Object.values(t).reduce((a, b) => a + b, 0)} rijen.`);
      });
      return 0;
    }
  }
  console.error(`Onbekende opdracht: ${positionals.join(' ')}\n\n${HULP}`);
  return 2;
}

const isEntry = process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/').split('/').pop()!);
if (isEntry) {
  main(process.argv.slice(2)).then(
    (code) => {
      if (code >= 0) process.exit(code);
    },
    (error: unknown) => {
      if (error instanceof DomainError) {
        console.error(`Fout: ${error.detail}`);
        for (const p of error.invalidParams ?? []) console.error(`  ${p.name}: ${p.reason}`);
        process.exit(2);
      }
      if (error instanceof DataDirInUseError || error instanceof BackupFout || (error instanceof Error && error.message.startsWith('Ongeldige configuratie'))) {
        console.error(`Fout: ${error.message}`);
        process.exit(2);
      }
      console.error(error);
      process.exit(1);
    },
  );
}
