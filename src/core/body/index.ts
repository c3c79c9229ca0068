export { encodeBody, RAW_CONTENT_TYPES, type EncodedBody, type EncodeBodyOptions } from './encodeBody';
export { formUrlEncode, formUrlEncodeComponent } from './urlencoded';
export { encodeMultipart, escapeDispositionValue, randomBoundary, type MultipartPart } from './multipart';
export { graphqlPayload } from './graphql';
export { impliedContentType } from './impliedContentType';
