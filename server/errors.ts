/**
 * One error type for the whole domain (ARCHITECTURE.md §4.4). Services throw it; the problem
 * plugin maps the code to an HTTP status and a Dutch RFC 9457 answer.
 */
export type DomainErrorCode =
  | 'ongeldige-invoer'
  | 'niet-aangemeld'
  | 'geen-toegang'
  | 'niet-gevonden'
  | 'conflict'
  | 'te-veel-pogingen'
  | 'csrf-token-ongeldig';

export interface InvalidParam {
  name: string;
  code: string;
  reason: string;
}

export const statusPerCode: Record<DomainErrorCode, number> = {
  'ongeldige-invoer': 400,
  'niet-aangemeld': 401,
  'geen-toegang': 403,
  'csrf-token-ongeldig': 403,
  'niet-gevonden': 404,
  conflict: 409,
  'te-veel-pogingen': 429,
};

export const titelPerCode: Record<DomainErrorCode, string> = {
  'ongeldige-invoer': 'De invoer is niet geldig.',
  'niet-aangemeld': 'U bent niet aangemeld.',
  'geen-toegang': 'U heeft geen toegang tot deze handeling.',
  'csrf-token-ongeldig': 'Het beveiligingstoken (CSRF) ontbreekt of klopt niet.',
  'niet-gevonden': 'Niet gevonden.',
  conflict: 'Dit botst met bestaande gegevens.',
  'te-veel-pogingen': 'Te veel pogingen.',
};

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    readonly detail: string,
    readonly invalidParams?: InvalidParam[],
    readonly retryAfterSeconds?: number,
  ) {
    super(detail);
    this.name = 'DomainError';
  }
}

export const nietGevonden = (wat: string) => new DomainError('niet-gevonden', `${wat} bestaat niet of is niet zichtbaar voor u.`);

export const ongeldig = (params: InvalidParam[], detail?: string) =>
  new DomainError(
    'ongeldige-invoer',
    detail ?? params.map((p) => `${p.name}: ${p.reason}`).join('; '),
    params,
  );

/** A conflict of state that names the one field it is about, so the form can show it there. */
export const conflict = (veld: string, code: string, reden: string) => new DomainError('conflict', reden, [{ name: veld, code, reason: reden }]);
