export { ExportSection } from './ExportSection';
