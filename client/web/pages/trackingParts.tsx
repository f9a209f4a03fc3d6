import type { Organisation } from '../../../domain/directory/organisation';
import { stockholmDate } from '../../../domain/calendar/dates';
import { formatDate } from '../../../domain/mail/letter';
import { DateText } from '../components';
import { fieldId, FormState, SelectField, TextField } from '../form';
import type { Language } from '../language';
import { trackingTexts } from '../texts/followUps';

const clock = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** An instant as Stockholm reads it: "1 oktober 2026 kl. 08:00". */
export function InstantText({ at, language }: { at: string; language: Language }) {
  const ms = Date.parse(at);
  return (
    <time datetime={at}>
      {formatDate(stockholmDate(ms), language)} {trackingTexts[language].at} {clock.format(ms)}
    </time>
  );
}

/** A mail the engine will send, with everyone it goes to. */
export interface UpcomingMailGroup {
  at: string;
  purpose: string;
  recipients: string[];
}

/** The mail still to come from one workflow, as the read model holds it: when, what, and to whom. */
export function UpcomingMailTable({ language, mails }: { language: Language; mails: UpcomingMailGroup[] }) {
  const t = trackingTexts[language];
  if (!mails.length) return <p>{t.noUpcoming}</p>;
  return (
    <table class="upcoming">
      <thead>
        <tr>
          <th scope="col">{t.when}</th>
          <th scope="col">{t.what}</th>
          <th scope="col">{t.to}</th>
        </tr>
      </thead>
      <tbody>
        {mails.map((m) => (
          <tr>
            <td>
              <InstantText at={m.at} language={language} />
            </td>
            <td>{t.purposes[m.purpose] ?? m.purpose}</td>
            <td>{m.recipients.join(', ')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A day with, when the deadline rule moved it, the day it was given as. */
export function DayInForce({ given, inForce, language }: { given: string; inForce: string; language: Language }) {
  return (
    <>
      <DateText date={inForce} language={language} />
      {given !== inForce && (
        <>
          {' '}
          ({trackingTexts[language].movedFrom} <DateText date={given} language={language} />)
        </>
      )}
    </>
  );
}

/** The problems a form has with a group of fields as a whole (a list that needs one more, a choice between two). */
export function GroupProblems({ form, name, language }: { form: FormState; name: string; language: Language }) {
  const problems = form.problems.filter((p) => p.field === name);
  if (!problems.length) return null;
  // The domain's messages are in English: a Swedish page marks them so a screen reader switches.
  return (
    <span class="message" id={`${fieldId(name)}-error`}>
      {problems.map((p) => (language === 'en' ? p.detail : <span lang="en">{p.detail}</span>))}
    </span>
  );
}

/** One person as a workflow mails them: name, address, organisation, role and language, named `${prefix}.name` and so on. */
export function ContactFields({
  form,
  language,
  prefix,
  legend,
  organisations,
}: {
  form: FormState;
  language: Language;
  prefix: string;
  legend: string;
  organisations: Organisation[];
}) {
  const t = trackingTexts[language];
  const common = { form, language };
  return (
    <fieldset>
      <legend>{legend}</legend>
      <TextField {...common} name={`${prefix}.name`} label={t.contactName} autocomplete="off" />
      <TextField {...common} name={`${prefix}.email`} type="email" label={t.contactEmail} autocomplete="off" />
      <SelectField
        {...common}
        name={`${prefix}.organisationId`}
        label={t.contactOrganisation}
        placeholder={t.chooseOrganisation}
        options={organisations.map((o) => [o.id, o.name])}
      />
      <TextField {...common} name={`${prefix}.role`} label={t.contactRole} />
      <SelectField
        {...common}
        name={`${prefix}.language`}
        label={t.contactLanguage}
        options={[
          ['sv', 'Svenska'],
          ['en', 'English'],
        ]}
      />
    </fieldset>
  );
}

/** The labels of a contact's fields for the error summary, each prefixed by whose they are. */
export function contactLabels(language: Language, prefix: string, whose: string): Record<string, string> {
  const t = trackingTexts[language];
  return {
    [`${prefix}.name`]: `${whose}: ${t.contactName}`,
    [`${prefix}.email`]: `${whose}: ${t.contactEmail}`,
    [`${prefix}.organisationId`]: `${whose}: ${t.contactOrganisation}`,
    [`${prefix}.role`]: `${whose}: ${t.contactRole}`,
    [`${prefix}.language`]: `${whose}: ${t.contactLanguage}`,
  };
}
