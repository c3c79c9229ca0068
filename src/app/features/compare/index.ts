export { CompareHost } from './CompareHost';
