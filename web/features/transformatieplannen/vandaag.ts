/** Today in the browser, as a date field wants it (YYYY-MM-DD): the default date of a step or record. */
export const vandaag = () => new Intl.DateTimeFormat('sv-SE').format(new Date());
