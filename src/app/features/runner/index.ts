export { RunnerHost } from './RunnerHost';
