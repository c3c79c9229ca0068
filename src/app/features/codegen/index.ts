// Light export (in the entry bundle): the code panel and generators load on demand.
export { RequestTools } from './RequestTools';
