export { ResponsePanel } from './ResponsePanel';
export type { ResponsePanelProps } from './ResponsePanel';
