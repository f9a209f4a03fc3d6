import { baseStyles } from './styles/base';
import { overviewStyles } from './styles/overview';
import { guidelinesStyles } from './styles/guidelines';
import { consultationsStyles } from './styles/consultations';
import { meetingsStyles } from './styles/meetings';
import { followUpsStyles } from './styles/followUps';
import { commissionsStyles } from './styles/commissions';
import { forecastStyles } from './styles/forecast';
import { linksStyles } from './styles/links';

/** The one style sheet every page links: the shared base, then each area's own. */
export const styleSheet = [
  baseStyles,
  overviewStyles,
  guidelinesStyles,
  consultationsStyles,
  meetingsStyles,
  followUpsStyles,
  commissionsStyles,
  forecastStyles,
  linksStyles,
].join('\n');
