// Dates as the product writes them in sentences (UI.md "Numbers": "20 maart 2024"). One spelling
// for the rules' messages, the audit's descriptions and the references of decisions.

const maanden = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** "2024-03-20" → "20 maart 2024"; anything else is returned as it is. */
export function datumTekst(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return `${Number(m[3])} ${maanden[Number(m[2]) - 1]} ${m[1]}`;
}
