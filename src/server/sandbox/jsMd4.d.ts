// js-md4 0.3 (the MD4 that NTLM libraries use, since OpenSSL 3 leaves MD4 out of Node) ships no types.
declare module 'js-md4' {
  const md4: { arrayBuffer(message: ArrayBuffer | Uint8Array | string): ArrayBuffer };
  export default md4;
}
