// oauth-sign 0.9 (the signer of mikeal's `request` and Postman's request fork) ships no types.
declare module 'oauth-sign' {
  export function sign(signatureMethod: string, httpMethod: string, baseUri: string, params: Record<string, string | string[]>, consumerSecret: string, tokenSecret: string): string;
}
