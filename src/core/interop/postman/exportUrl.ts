import type { KeyValue } from '../../model';
import { splitUrl } from '../queryText';

/**
 * Postman's runtime builds the URL from the parts (host, path, query…), not from `raw`,
 * so an export must carry the parts too.
 */
export function exportUrl(url: string, params: KeyValue[], pathVariables: KeyValue[]): Record<string, unknown> {
  const { base, hash } = splitUrl(url);
  const out: Record<string, unknown> = { raw: url };
  let rest = base;
  const proto = /^([a-zA-Z][a-zA-Z0-9+.-]*):\/\//.exec(rest);
  if (proto) {
    out.protocol = proto[1];
    rest = rest.slice(proto[0].length);
  }
  const slash = rest.indexOf('/');
  let hostPort = slash >= 0 ? rest.slice(0, slash) : rest;
  const path = slash >= 0 ? rest.slice(slash + 1) : null;
  const port = /:(\d+|\{\{[^}]+\}\})$/.exec(hostPort);
  if (port && (port[1]!.startsWith('{{') || hostPort.lastIndexOf('}}') < port.index)) {
    out.port = port[1];
    hostPort = hostPort.slice(0, port.index);
  }
  out.host = hostPort.startsWith('{{') ? [hostPort] : hostPort.split('.');
  if (path !== null) out.path = path.split('/');
  if (params.length) {
    out.query = params.map((p) => ({ key: p.key, value: p.value, ...(p.enabled ? {} : { disabled: true }), ...(p.description ? { description: p.description } : {}) }));
  }
  if (hash) out.hash = hash.slice(1);
  if (pathVariables.length) {
    out.variable = pathVariables.map((v) => ({ key: v.key, value: v.value, ...(v.description ? { description: v.description } : {}) }));
  }
  return out;
}
