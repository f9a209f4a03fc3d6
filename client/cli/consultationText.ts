import type { ConsultationView, ResponseReceipt } from '../../workflows/consultation/api';
import { printable } from './output';

export function describeRound(view: ConsultationView): string {
  const p = view.progress;
  return [
    `${view.guidelineId} round ${view.round}: ${printable(view.document.title)} ${printable(view.document.version)}`,
    `  status ${view.status}, opens ${view.opensOn}, deadline ${view.deadline}`,
    `  answered ${p.answered} of ${p.total} (${p.late} late), not answered ${p.notAnsweredCount}`,
    ...p.byGroup.map((g) => `  ${printable(g.group).padEnd(26)} ${g.answered}/${g.total}`),
    ...view.upcomingReminders.map((r) => `  reminder ${r.date} (${r.businessDaysBefore} business days before)`),
    ...(p.notAnswered.length
      ? ['  not answered:', ...p.notAnswered.map((o) => `    ${printable(o.organisationName)} (${printable(o.progressGroup)})`)]
      : []),
  ].join('\n');
}

export const describeResponse = (r: ResponseReceipt) =>
  `recorded ${printable(r.organisationId)}${r.late ? ' (late)' : ''}${r.replaced ? ', replacing its earlier answer' : ''}; ${r.answered} of ${r.total} have answered`;
