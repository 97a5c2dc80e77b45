export const DEMO_WACHTWOORD = 'demo-wachtwoord-voor-tests';
export const SJABLOON_DB = 'regiekamer_sjabloon';
