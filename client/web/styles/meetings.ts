/** What only the meetings, agendas and the annual wheel needs, beside the shared base. */
export const meetingsStyles = ``;
