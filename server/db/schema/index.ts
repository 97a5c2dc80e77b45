export * from './akkoorden';
export * from './audit';
export * from './gebruikers';
export * from './regios';
export * from './financien';
export * from './verantwoording';
