export { UitkeringPagina } from './UitkeringenPagina';
