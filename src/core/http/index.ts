/** Reqlab's HTTP knowledge: pure data and functions for the learn cards, the editor and the senders. */
export * from './methods';
export * from './statusCodes';
export * from './headers';
export * from './cors';
export * from './lifecycle';
export * from './cookies';
export { rfc, fetchSpec } from './spec';
