import type { ImportResult } from '../model';
import { importCurl, type CurlImportOptions } from './curl/importCurl';
import { stripBom } from './decodeText';
import { detectFormat } from './detectFormat';
import { importHar } from './har/importHar';
import { ImportError } from './importError';
import { importOpenApi } from './openapi/importOpenApi';
import { importPostmanCollection } from './postman/importCollection';
import { importPostmanEnvironment } from './postman/importEnvironment';
import { isPostmanV1, v1ToV2 } from './postman/v1ToV2';
import { ReportBuilder } from './reportBuilder';
import { unreadableReason, unsupportedVersion } from './unreadable';

export type ImportOptions = CurlImportOptions;

/**
 * Imports any supported text: Postman collection/environment/globals, OpenAPI/Swagger
 * (JSON or YAML), HAR or a cURL command. Throws ImportError for anything unusable, so a
 * malformed file changes nothing.
 */
export function importAny(input: string, filename?: string, options: ImportOptions = {}): ImportResult {
  const text = stripBom(input);
  const what = filename ? `"${filename}"` : 'The text';
  const detected = detectFormat(text);
  if (!detected) {
    throw new ImportError(`${what} ${unreadableReason(text) ?? 'is not a Postman collection, environment, OpenAPI/Swagger document, HAR file or cURL command'}`);
  }
  const unsupported = unsupportedVersion(detected);
  if (unsupported) throw new ImportError(`${what} ${unsupported}`);
  switch (detected.format) {
    case 'curl': {
      const { collection, report } = importCurl(text, options);
      return { collections: [collection], environments: [], globals: [], report: report.report };
    }
    case 'har': {
      const { collection, report } = importHar(detected.data);
      return { collections: [collection], environments: [], globals: [], report: report.report };
    }
    case 'openapi': {
      const { collection, environment, report } = importOpenApi(detected.data as object);
      return { collections: [collection], environments: [environment], globals: [], report: report.report };
    }
    case 'postman-collection': {
      const v1 = isPostmanV1(detected.data);
      const report = v1 ? new ReportBuilder('postman-collection', 'Postman collection v1') : undefined;
      const { collection, report: r } = importPostmanCollection(v1 ? v1ToV2(detected.data) : detected.data, report);
      return { collections: [collection], environments: [], globals: [], report: r.report };
    }
    case 'postman-environment':
    case 'postman-globals': {
      const { environment, globals, report } = importPostmanEnvironment(detected.data);
      return { collections: [], environments: environment ? [environment] : [], globals: globals ?? [], report: report.report };
    }
  }
}
