export { guidelineLifecycle } from './guidelineLifecycle';
export { consultationRound } from './consultationRound';
