import { responseRows } from '../../../domain/consultation/responseRows';
import type { Organisation } from '../../../domain/directory/organisation';
import type { ConsultationView } from '../../../workflows/consultation/api';
import { DateText } from '../components';
import type { Language } from '../language';
import { consultationTexts } from '../texts/consultations';
import { DocumentList } from './linkParts';
import { groupedByProgressGroup } from './roundGroups';
import { documentHref } from './replies';

/**
 * Who has not answered, by sub-region, each with its contacts: whom to call rather than mail again. Withdrawn
 * organisations are not among them.
 */
export function SilentOrganisations({
  view,
  organisations,
  language,
}: {
  view: ConsultationView;
  organisations: Organisation[];
  language: Language;
}) {
  const t = consultationTexts[language];
  const byId = new Map(view.recipients.map((r) => [r.organisationId, r]));
  const silent = view.progress.notAnswered.flatMap((s) => byId.get(s.organisationId) ?? []);
  return (
    <section aria-labelledby="silent-title">
      <h2 id="silent-title">
        {t.silentTitle} ({silent.length})
      </h2>
      {silent.length === 0 ? (
        <p>{t.everyoneAnswered}</p>
      ) : (
        groupedByProgressGroup(silent, (r) => r.progressGroup, organisations, language).map((group) => (
          <div class="silent-group">
            <h3>{group.label}</h3>
            <ul class="silent" data-group={group.key}>
              {group.items.map((r) => (
                <li data-organisation={r.organisationId}>
                  <span class="organisation-name">{r.organisationName}</span>
                  {r.contacts.map((c) => (
                    <span class="contact">
                      {t.contact}: {c.name}, <a href={`mailto:${c.email}`}>{c.email}</a>
                    </span>
                  ))}
                </li>
              ))}
            </ul>
          </div>
        ))
      )}
    </section>
  );
}

/** Every organisation of the round by sub-region, each with its status and its answer. */
export function OrganisationsByGroup({
  view,
  organisations,
  language,
}: {
  view: ConsultationView;
  organisations: Organisation[];
  language: Language;
}) {
  const t = consultationTexts[language];
  const rows = responseRows(view.recipients, view.responses, view.withdrawn);
  return (
    <section aria-labelledby="organisations-title">
      <h2 id="organisations-title">{t.organisations}</h2>
      {groupedByProgressGroup(rows, (row) => row.recipient.progressGroup, organisations, language).map((group) => {
        const counted = group.items.filter((row) => row.status !== 'withdrawn');
        const answered = counted.filter((row) => row.status === 'answered').length;
        const headingId = `group-${group.key}`;
        return (
          <div class="round-group">
            <h3 id={headingId}>
              {group.label}
              {counted.length > 0 && <span class="group-count"> ({t.answeredOf(answered, counted.length)})</span>}
            </h3>
            <table class="round-organisations" aria-labelledby={headingId}>
              <thead>
                <tr>
                  <th scope="col">{t.organisation}</th>
                  <th scope="col">{t.status}</th>
                  <th scope="col">{t.answer}</th>
                  <th scope="col">{t.receivedOn}</th>
                  <th scope="col">{t.documentRef}</th>
                  <th scope="col">{t.comment}</th>
                </tr>
              </thead>
              <tbody>
                {group.items.map(({ recipient, status, response }) => (
                  <tr data-organisation={recipient.organisationId} data-status={status}>
                    <th scope="row">{recipient.organisationName}</th>
                    <td>
                      <span class={`recipient-status ${status}`}>{t.recipientStatuses[status]}</span>
                    </td>
                    <td>
                      {response ? (response.kind === 'unclassified' ? t.unclassified : t.kinds[response.kind]) : ''}
                      {response?.receivedVia && response.receivedVia !== 'staff' && (
                        <span class="via">
                          {' '}
                          ({t.via[response.receivedVia]}
                          {response.receivedFrom ? `, ${response.receivedFrom}` : ''})
                        </span>
                      )}
                    </td>
                    <td>
                      {response && <DateText date={response.receivedOn} language={language} />}
                      {response?.late && <span class="late">{t.late}</span>}
                    </td>
                    <td>
                      {response?.documentRef ?? ''}
                      {response?.documents?.length ? (
                        <DocumentList documents={response.documents} href={documentHref} language={language} />
                      ) : null}
                    </td>
                    <td>
                      {response?.text && (
                        <details>
                          <summary>{t.showComment}</summary>
                          <p class="comment">{response.text}</p>
                        </details>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        );
      })}
    </section>
  );
}
