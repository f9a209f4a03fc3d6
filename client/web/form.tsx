import type { Child } from 'hono/jsx';
import type { Language } from './language';
import { commonTexts } from './texts/common';

/** A problem with what was sent, as the API reports it: the field (a dotted path) and what is wrong. */
export interface FormProblem {
  field?: string;
  detail: string;
}

/** A form as it was sent back: what was typed, and the problems with it (none when first shown). */
export interface FormState {
  values: Record<string, string>;
  problems: FormProblem[];
}

export const emptyForm = (values: Record<string, string> = {}): FormState => ({ values, problems: [] });

/** The id of the control for a field: `owner.email` → `f-owner-email`. */
export const fieldId = (name: string) => `f-${name.replace(/[^a-zA-Z0-9]+/g, '-')}`;

const problemsOf = (form: FormState, name: string) => form.problems.filter((p) => p.field === name);

/** The domain's own messages are in English; on a Swedish page they are marked so a screen reader switches. */
const Message = ({ language, children }: { language: Language; children: Child }) =>
  language === 'en' ? <>{children}</> : <span lang="en">{children}</span>;

interface FieldProps {
  form: FormState;
  language: Language;
  name: string;
  label: string;
  hint?: string;
}

/** A label, an optional hint, the field's problems, then the control, tied together by id and aria-describedby. */
function Field({
  form,
  language,
  name,
  label,
  hint,
  control,
}: FieldProps & { control: (described: string | undefined, invalid: boolean) => Child }) {
  const id = fieldId(name);
  const problems = problemsOf(form, name);
  const described = [hint ? `${id}-hint` : '', problems.length ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class={problems.length ? 'field invalid' : 'field'}>
      <label for={id}>{label}</label>
      {hint && (
        <span class="hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {problems.length > 0 && (
        <span class="message" id={`${id}-error`}>
          {problems.map((p) => (
            <Message language={language}>{p.detail}</Message>
          ))}
        </span>
      )}
      {control(described, problems.length > 0)}
    </div>
  );
}

export function TextField(
  props: FieldProps & { type?: 'text' | 'email' | 'password' | 'date'; autocomplete?: string; required?: boolean },
) {
  const { form, name, type = 'text', autocomplete, required } = props;
  return (
    <Field
      {...props}
      control={(described, invalid) => (
        <input
          type={type}
          id={fieldId(name)}
          name={name}
          value={type === 'password' ? undefined : (form.values[name] ?? '')}
          autocomplete={autocomplete}
          required={required}
          aria-describedby={described}
          aria-invalid={invalid ? 'true' : undefined}
        />
      )}
    />
  );
}

export function SelectField(props: FieldProps & { options: Array<[value: string, label: string]>; placeholder?: string }) {
  const { form, name, options, placeholder } = props;
  const chosen = form.values[name] ?? '';
  return (
    <Field
      {...props}
      control={(described, invalid) => (
        <select id={fieldId(name)} name={name} aria-describedby={described} aria-invalid={invalid ? 'true' : undefined}>
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {options.map(([value, text]) => (
            <option value={value} selected={value === chosen}>
              {text}
            </option>
          ))}
        </select>
      )}
    />
  );
}

/** A text of several lines: a comment, a reason. */
export function TextAreaField(props: FieldProps & { rows?: number }) {
  const { form, name, rows = 3 } = props;
  return (
    <Field
      {...props}
      control={(described, invalid) => (
        <textarea id={fieldId(name)} name={name} rows={rows} aria-describedby={described} aria-invalid={invalid ? 'true' : undefined}>
          {form.values[name] ?? ''}
        </textarea>
      )}
    />
  );
}

/** Files to hand in: their kinds named for the picker; the server checks each file's bytes whatever it is called. */
export function FileField(props: FieldProps & { accept: string; multiple?: boolean }) {
  const { name, accept, multiple } = props;
  return (
    <Field
      {...props}
      control={(described, invalid) => (
        <input
          type="file"
          id={fieldId(name)}
          name={name}
          accept={accept}
          multiple={multiple}
          aria-describedby={described}
          aria-invalid={invalid ? 'true' : undefined}
        />
      )}
    />
  );
}

export function CheckField({ form, name, label }: { form: FormState; name: string; label: string }) {
  return (
    <div class="field check">
      <input type="checkbox" id={fieldId(name)} name={name} value="true" checked={form.values[name] === 'true'} />
      <label for={fieldId(name)}>{label}</label>
    </div>
  );
}

/** Every problem at the top, each a link to its field: where a keyboard or screen-reader user starts. */
export function ErrorSummary({ form, language, labels }: { form: FormState; language: Language; labels: Record<string, string> }) {
  if (!form.problems.length) return null;
  return (
    <div class="error-summary" role="alert" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">{commonTexts[language].errorSummary}</h2>
      <ul>
        {form.problems.map((p) =>
          p.field && labels[p.field] ? (
            <li>
              <a href={`#${fieldId(p.field)}`}>
                {labels[p.field]}: <Message language={language}>{p.detail}</Message>
              </a>
            </li>
          ) : (
            <li>
              {p.field ? `${p.field}: ` : ''}
              <Message language={language}>{p.detail}</Message>
            </li>
          ),
        )}
      </ul>
    </div>
  );
}
