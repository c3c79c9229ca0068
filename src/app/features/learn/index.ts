export { MethodCard } from './MethodCard';
export { StatusCard } from './StatusCard';
export { HeaderHint } from './HeaderHint';
export { CorsExplanation } from './CorsExplanation';
