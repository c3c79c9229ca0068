import type { CompareSide, Exchange } from '../model';

/** An exchange on screen as one side of a comparison. */
export function compareSideOf(exchange: Exchange, label: string): CompareSide {
  const response = exchange.response;
  const side: CompareSide = {
    label,
    headers: response?.headers.map(([n, v]) => [n, v] as [string, string]) ?? [],
    body: response?.body ?? new Uint8Array(),
    bodyCut: response?.truncated ?? false,
  };
  if (response) {
    side.status = response.status;
    side.statusText = response.statusText;
  }
  if (exchange.error) side.error = exchange.error.message;
  return side;
}
