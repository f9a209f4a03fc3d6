/** What only the overview ("Att göra") needs, beside the shared base. */
export const overviewStyles = ``;
