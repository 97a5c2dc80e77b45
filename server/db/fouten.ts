/** PostgreSQL error codes we turn into domain answers; both drivers expose them as `code`. */
function pgCode(error: unknown): string | undefined {
  let e: unknown = error;
  for (let i = 0; i < 3 && e && typeof e === 'object'; i++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

export const isUniekeSchending = (error: unknown) => pgCode(error) === '23505';
export const isVerwijzingSchending = (error: unknown) => pgCode(error) === '23503';
