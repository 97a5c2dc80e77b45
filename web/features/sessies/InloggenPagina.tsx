import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { aanmeldenSchema, type HuidigeSessie, type Regio } from '../../../common/contracts/regios';
import { api, isApiError } from '../../api';
import { foutenUitZod, TekstVeld } from '../../components/formulier';
import { Formulier } from '../../components/formulier-pagina';
import { useFormulierFouten } from '../../components/formulier-status';
import { PaginaKop } from '../../components/pagina';
import type { Lijst } from '../regios/regios.api';
import { meldAan, sessieKey, startRegio, startRegioVraagtRegios, veiligTerugPad } from './sessie';

const labels = { email: 'E-mailadres', wachtwoord: 'Wachtwoord' };

/** Where sign-in leads without a page to return to: the last region used, or the first. */
async function startPad(sessie: HuidigeSessie): Promise<string> {
  const zichtbaar = startRegioVraagtRegios(sessie)
    ? (await api<Lijst<Regio>>('/api/v1/regios')).items.map((r) => r.id)
    : [];
  const regio = startRegio(sessie, zichtbaar);
  return regio ? `/regios/${regio}` : '/';
}

export function InloggenPagina() {
  const [email, setEmail] = useState('');
  const [wachtwoord, setWachtwoord] = useState('');
  const { fouten, poging, toon } = useFormulierFouten();
  const [bezig, setBezig] = useState(false);
  const [zoekParameters] = useSearchParams();
  const navigate = useNavigate();
  const location = useLocation();
  const queryClient = useQueryClient();
  const afgemeld = (location.state as { afgemeld?: boolean } | null)?.afgemeld === true;
  const terug = veiligTerugPad(zoekParameters.get('terug'));

  async function verstuur() {
    const invoer = aanmeldenSchema.safeParse({ email, wachtwoord });
    if (!invoer.success) {
      toon({ velden: foutenUitZod(invoer.error), algemeen: [] });
      return;
    }
    setBezig(true);
    try {
      const sessie = await meldAan(invoer.data.email, invoer.data.wachtwoord);
      queryClient.clear();
      queryClient.setQueryData(sessieKey, sessie);
      navigate(terug ?? (await startPad(sessie)), { replace: true });
    } catch (fout) {
      let tekst = 'Het inloggen is niet gelukt. Probeer het later opnieuw.';
      if (isApiError(fout)) {
        if (fout.status === 401 || fout.status === 400) {
          tekst = 'Het e-mailadres of het wachtwoord klopt niet. Controleer ze en probeer het opnieuw.';
        } else if (fout.status === 429) {
          tekst = fout.probleem.detail ?? 'Te veel pogingen om in te loggen. Wacht even en probeer het opnieuw.';
        } else if (fout.probleem.detail) {
          tekst = fout.probleem.detail;
        }
      }
      toon({ velden: {}, algemeen: [tekst] });
    } finally {
      setBezig(false);
    }
  }

  return (
    <>
      <PaginaKop titel="Inloggen" kruimels={[{ label: 'Inloggen', to: '/inloggen' }]} />
      {afgemeld ? (
        <Alert type="ok" role="status">
          <Paragraph>U bent uitgelogd.</Paragraph>
        </Alert>
      ) : null}
      <Paragraph>Log in met het e-mailadres en wachtwoord van uw Regiekamer-account.</Paragraph>
      <Formulier
        formulier={{ fouten, poging, labels }}
        onVerstuur={() => void verstuur()}
        bezig={bezig}
        verstuurTekst="Inloggen"
      >
        <TekstVeld
          name="email"
          label={labels.email}
          type="email"
          autoComplete="username"
          verplicht
          value={email}
          onChange={setEmail}
          fout={fouten.velden.email}
        />
        <TekstVeld
          name="wachtwoord"
          label={labels.wachtwoord}
          type="password"
          autoComplete="current-password"
          verplicht
          value={wachtwoord}
          onChange={setWachtwoord}
          fout={fouten.velden.wachtwoord}
        />
      </Formulier>
    </>
  );
}
