export { guidelineLifecycle } from './guidelineLifecycle';
export { consultationRound } from './consultationRound';
export { meeting } from './meeting';
export { principalAdoption } from './principalAdoption';
export { yearlyTask } from './yearlyTask';
export { commission } from './commission';
export { implementationTracking } from './implementationTracking';
export { followUpSurvey } from './followUpSurvey';
