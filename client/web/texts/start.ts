import { inBothLanguages } from '../language';

/** The start page, until the overview replaces it. */
export const startTexts = inBothLanguages(
  {
    title: 'Översikt',
    placeholder: 'Här kommer översikten: det som behöver göras de närmaste 30 dagarna.',
  },
  {
    title: 'Overview',
    placeholder: 'The overview comes here: what needs doing in the next 30 days.',
  },
);
