/** Public surface of import, export and code generation (the UI and the CLI use these). */
export { importAny, type ImportOptions } from './importAny';
export { detectFormat, type Detected } from './detectFormat';
export { decodeText, stripBom } from './decodeText';
export { ImportError } from './importError';
export { importCurl, parseCurlCommand, looksLikeCurl } from './curl/importCurl';
export { exportCurl, type CurlExportOptions } from './curl/exportCurl';
export { shellQuote } from './curl/shellQuote';
export { exportHar, harRequestFromPrepared } from './har/exportHar';
export { exportPostmanCollection, exportPostmanEnvironment, type PostmanExportOptions } from './postman/exportCollection';
export { flattenCollection, type FlatRequest } from './flatten';
export { prepareAll, type PrepareAllOptions, type PreparedItem } from './prepareAll';
export { generateSnippet, snippetForRequest, type SnippetOptions } from './codegen/generateSnippet';
export { SNIPPET_TARGETS, DEFAULT_SNIPPET_TARGET, isSnippetTarget, type SnippetTargetId } from './codegen/targets';
