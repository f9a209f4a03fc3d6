export { guidelineLifecycle } from './guidelineLifecycle';
export { consultationRound } from './consultationRound';
export { meeting } from './meeting';
export { principalAdoption } from './principalAdoption';
