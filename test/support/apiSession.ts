/** A script's session on the API, as a signed-in user: its cookies, and the CSRF token every change carries. */
export interface ApiSession {
  get(pathname: string): Promise<any>;
  /** POSTs JSON; anything but a 2xx answer throws with the problem the API gave. */
  post(pathname: string, body: unknown): Promise<any>;
}

export async function apiSession(baseUrl: string, username: string, password: string): Promise<ApiSession> {
  let cookies: string[] = [];
  const call = async (pathname: string, init: RequestInit = {}) => {
    const response = await fetch(`${baseUrl}${pathname}`, { ...init, headers: { ...init.headers, cookie: cookies.join('; ') } });
    const set = response.headers.getSetCookie().map((c) => c.split(';')[0]);
    cookies = [...cookies.filter((c) => !set.some((s) => s.split('=')[0] === c.split('=')[0])), ...set];
    return response;
  };
  const anonymous = ((await (await call('/api/session')).json()) as { csrfToken: string }).csrfToken;
  const signedIn = await call('/api/session', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-token': anonymous },
    body: JSON.stringify({ username, password }),
  });
  if (signedIn.status !== 200) throw new Error(`sign-in as ${username}: ${signedIn.status}`);
  const { csrfToken } = (await signedIn.json()) as { csrfToken: string };
  return {
    get: async (pathname) => (await call(pathname)).json(),
    post: async (pathname, body) => {
      const response = await call(pathname, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken },
        body: JSON.stringify(body),
      });
      if (response.status >= 300) throw new Error(`POST ${pathname}: ${response.status} ${await response.text()}`);
      return response.json();
    },
  };
}
