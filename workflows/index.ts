export { guidelineLifecycle } from './guideline/lifecycle';
export { consultationRound } from './consultation/round';
export { meeting } from './meeting/meeting';
export { principalAdoption } from './meeting/principalAdoption';
export { yearlyTask } from './yearlyTask/yearlyTask';
export { commission } from './commission/commission';
export { implementationTracking } from './followUp/implementation';
export { followUpSurvey } from './followUp/survey';
