import { emptyForm, TextField } from '../form';
import { CsrfField, Layout, PageContext } from '../layout';
import { commonTexts } from '../texts/common';

export interface SignInProps {
  page: PageContext;
  /** Where to go once signed in. */
  next: string;
  /** Sign-in goes through the identity provider; there is no password form then. */
  provider: boolean;
  username?: string;
  refusal?: 'refused' | 'no-role' | 'provider-failed';
}

export function SignInPage({ page, next, provider, username, refusal }: SignInProps) {
  const t = commonTexts[page.language];
  const message = refusal === 'refused' ? t.signInRefused : refusal === 'no-role' ? t.providerRefused : t.providerFailed;
  return (
    <Layout page={page} title={t.signInTitle}>
      <h1>{t.signInTitle}</h1>
      <p class="lead">{t.signInIntro}</p>
      {refusal && (
        <div class="error-summary" role="alert">
          <p>{message}</p>
        </div>
      )}
      {provider ? (
        <p>
          <a class="button" href={`/login/oidc?next=${encodeURIComponent(next)}`}>
            {t.signInWithProvider}
          </a>
        </p>
      ) : (
        <form class="stack" method="post" action="/login">
          <CsrfField page={page} />
          <input type="hidden" name="next" value={next} />
          <TextField
            form={emptyForm({ username: username ?? '' })}
            language={page.language}
            name="username"
            label={t.username}
            autocomplete="username"
            required
          />
          <TextField
            form={emptyForm()}
            language={page.language}
            name="password"
            type="password"
            label={t.password}
            autocomplete="current-password"
            required
          />
          <button type="submit">{t.signIn}</button>
        </form>
      )}
    </Layout>
  );
}
