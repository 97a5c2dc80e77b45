import type { Probleem } from '../common/contracts/algemeen';

/** A failed API call, carrying the RFC 9457 problem the server answered (or one made up here). */
export class ApiError extends Error {
  readonly status: number;
  readonly probleem: Probleem;

  constructor(probleem: Probleem) {
    super(probleem.detail ?? probleem.title);
    this.name = 'ApiError';
    this.status = probleem.status;
    this.probleem = probleem;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** The CSRF token of the current session; every non-GET request sends it. */
let csrfToken: string | null = null;
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

let onUnauthorized: (() => void) | null = null;
/** Called when any call answers 401: the session has ended, so the person signs in again. */
export function setUnauthorizedHandler(handler: () => void): void {
  onUnauthorized = handler;
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface RequestOptions {
  method?: Method;
  body?: unknown;
  /** A file sent as the raw request body (an import), with its media type. */
  bestand?: { inhoud: Blob; type: string };
  signal?: AbortSignal;
  /** Do not redirect to the sign-in page on 401 (sign-in itself, the session check). */
  zonderAanmeldRedirect?: boolean;
  /** Upload progress of a file (0 to 1): large imports show how far the upload is. */
  opVoortgang?: (fractie: number) => void;
}

/**
 * fetch() cannot report upload progress; XMLHttpRequest can. Used only for file uploads with a
 * progress callback, and answered as a Response so the rest of api() stays the same.
 */
function verstuurMetVoortgang(path: string, method: string, headers: Record<string, string>, body: Blob, opVoortgang: (fractie: number) => void, signal?: AbortSignal): Promise<Response> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(method, path);
    xhr.withCredentials = true;
    for (const [naam, waarde] of Object.entries(headers)) xhr.setRequestHeader(naam, waarde);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) opVoortgang(e.loaded / e.total);
    };
    xhr.upload.onload = () => opVoortgang(1);
    xhr.onload = () => {
      const leeg = xhr.status === 204 || xhr.status === 205 || xhr.status === 304;
      resolve(new Response(leeg ? null : xhr.responseText, { status: xhr.status, headers: { 'content-type': xhr.getResponseHeader('content-type') ?? '' } }));
    };
    xhr.onerror = () => reject(new TypeError('netwerkfout'));
    xhr.onabort = () => reject(new DOMException('Afgebroken', 'AbortError'));
    signal?.addEventListener('abort', () => xhr.abort());
    xhr.send(body);
  });
}

function isProbleem(value: unknown): value is Probleem {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { title?: unknown }).title === 'string' &&
    typeof (value as { status?: unknown }).status === 'number'
  );
}

async function leesProbleem(response: Response): Promise<Probleem> {
  const type = response.headers.get('content-type') ?? '';
  if (type.includes('json')) {
    try {
      const body: unknown = await response.json();
      if (isProbleem(body)) return body;
    } catch {
      // fall through to the generic problem below
    }
  }
  return {
    type: 'about:blank',
    title: response.status >= 500 ? 'Er ging iets mis op de server' : 'Het verzoek is niet gelukt',
    status: response.status,
    detail: `De server antwoordde met status ${response.status}. Probeer het later opnieuw.`,
  };
}

/** Fetch JSON from the Regiekamer API of the same origin. */
export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json' };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (options.bestand) headers['Content-Type'] = options.bestand.type;
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;

  let response: Response;
  try {
    response =
      options.bestand && options.opVoortgang
        ? await verstuurMetVoortgang(path, method, headers, options.bestand.inhoud, options.opVoortgang, options.signal)
        : await fetch(path, {
            method,
            headers,
            credentials: 'same-origin',
            body: options.bestand ? options.bestand.inhoud : options.body === undefined ? undefined : JSON.stringify(options.body),
            signal: options.signal,
          });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError({
      type: 'about:blank',
      title: 'Geen verbinding met de server',
      status: 0,
      detail: 'Controleer uw netwerkverbinding en probeer het opnieuw.',
    });
  }

  if (response.status === 401 && !options.zonderAanmeldRedirect) {
    onUnauthorized?.();
  }
  if (!response.ok) {
    throw new ApiError(await leesProbleem(response));
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** Build a query string from defined values only. */
export function queryString(params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
