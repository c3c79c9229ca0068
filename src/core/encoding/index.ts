export { bytesToBase64, base64ToBytes } from './base64';
export { utf8Encode, utf8Decode, utf8DecodeStrict, concatBytes } from './utf8';
export { sha256Hex, bytesToHex } from './sha256';
