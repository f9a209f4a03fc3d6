/** What only the forecast and the audit needs, beside the shared base. */
export const forecastStyles = ``;
