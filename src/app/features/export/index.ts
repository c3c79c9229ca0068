export { ExportSection } from './ExportSection';
export { downloadText, fileNameFor } from './download';
