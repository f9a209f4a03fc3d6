export { guidelineLifecycle } from './guidelineLifecycle';
