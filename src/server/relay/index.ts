export { executeRequest, type ExecuteOptions, type ExecuteResult } from './executeRequest';
export { createRelayHandler, type RelayHandlerOptions } from './relayHandler';
export { DEFAULT_RELAY_LIMITS, resolveLimits, type RelayLimits } from './limits';
export type { OwnAddress } from './guards';
export { NodeSender } from './NodeSender';
export type { TlsOptions } from './performHop';
