import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { aanmeldenSchema } from '../../../common/contracts/regios';
import { api, isApiError } from '../../api';
import {
  Foutoverzicht,
  foutenUitZod,
  geenFouten,
  TekstVeld,
  type Formulierfouten,
} from '../../components/formulier';
import { PaginaKop } from '../../components/pagina';
import type { Lijst } from '../regios/regios.api';
import type { Regio } from '../../../common/contracts/regios';
import { meldAan, sessieKey, veiligTerugPad } from './sessie';

const labels = { email: 'E-mailadres', wachtwoord: 'Wachtwoord' };

export function InloggenPagina() {
  const [email, setEmail] = useState('');
  const [wachtwoord, setWachtwoord] = useState('');
  const [fouten, setFouten] = useState<Formulierfouten>(geenFouten);
  const [poging, setPoging] = useState(0);
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
      setFouten({ velden: foutenUitZod(invoer.error), algemeen: [] });
      setPoging((p) => p + 1);
      return;
    }
    setBezig(true);
    try {
      const sessie = await meldAan(invoer.data.email, invoer.data.wachtwoord);
      queryClient.clear();
      queryClient.setQueryData(sessieKey, sessie);
      let doel = terug;
      if (!doel) {
        const eerste = sessie.lidmaatschappen[0]?.regioId;
        if (eerste) doel = `/regios/${eerste}`;
        else {
          const regios = await api<Lijst<Regio>>('/api/v1/regios');
          doel = regios.items[0] ? `/regios/${regios.items[0].id}` : '/';
        }
      }
      navigate(doel, { replace: true });
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
      setFouten({ velden: {}, algemeen: [tekst] });
      setPoging((p) => p + 1);
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
      <form
        noValidate
        className="formulier"
        onSubmit={(event) => {
          event.preventDefault();
          void verstuur();
        }}
      >
        <Foutoverzicht fouten={fouten} labels={labels} poging={poging} />
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
        <Button type="submit" appearance="primary-action-button" busy={bezig} disabled={bezig}>
          Inloggen
        </Button>
      </form>
    </>
  );
}
