import type { ConsultationView, ResponseReceipt } from '../../workflows/consultation/api';

export function describeRound(view: ConsultationView): string {
  const p = view.progress;
  return [
    `${view.guidelineId} round ${view.round}: ${view.document.title} ${view.document.version}`,
    `  status ${view.status}, opens ${view.opensOn}, deadline ${view.deadline}`,
    `  answered ${p.answered} of ${p.total} (${p.late} late), not answered ${p.notAnsweredCount}`,
    ...p.byGroup.map((g) => `  ${g.group.padEnd(26)} ${g.answered}/${g.total}`),
    ...view.upcomingReminders.map((r) => `  reminder ${r.date} (${r.businessDaysBefore} business days before)`),
    ...(p.notAnswered.length ? ['  not answered:', ...p.notAnswered.map((o) => `    ${o.organisationName} (${o.progressGroup})`)] : []),
  ].join('\n');
}

export const describeResponse = (r: ResponseReceipt) =>
  `recorded ${r.organisationId}${r.late ? ' (late)' : ''}${r.replaced ? ', replacing its earlier answer' : ''}; ${r.answered} of ${r.total} have answered`;
