/** What only commissions and yearly tasks needs, beside the shared base. */
export const commissionsStyles = ``;
