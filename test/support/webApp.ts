import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { openDatabase, Store } from '../../activities/store/database';
import { createApp } from '../../client/api/app';
import { addLocalAccount } from '../../client/api/auth/accounts';
import type { OidcSignIn } from '../../client/api/auth/oidc';
import type { ApiClients, AppDeps, WebEnv } from '../../client/api/env';
import type { GuidelineClient } from '../../client/guidelines';
import type { WebSettings } from '../../config/web';
import type { Role } from '../../domain/access';
import type { BodyDirectory } from '../../domain/meeting/bodies';
import type { GuidelineView } from '../../workflows/guideline/api';
import { bodies as shippedBodies, organisations } from './directories';
import { testLinks } from './links';
import { folderBlobStore } from '../../activities/documents/blobStore';
import { owner } from './guidelines';

/** A draft's state as the workflow reports it, for stub clients. */
export function draftView(id: string, title = 'Riktlinje vid oro för ett väntat barn'): GuidelineView {
  return {
    guidelineId: id,
    status: 'draft',
    guideline: {
      id,
      title,
      kind: 'guideline',
      owner,
      subscribers: [],
      responsibleBody: 'VVG',
      reminderPolicy: { daysBefore: [180, 90, 30], sendAt: '08:00', onNonBusinessDay: 'previous-business-day', quietPeriods: [] },
    },
    period: 1,
    upcomingReminders: [],
    sentReminders: [],
    extensions: [],
    consultationRounds: [],
    implementations: [],
    followUps: [],
  };
}

/** A guideline client that records what it is asked and answers from `answer`; nothing reaches Temporal. */
export function stubGuidelines(
  answer: { register?: (input: unknown) => Promise<GuidelineView>; show?: (id: string) => Promise<GuidelineView> } = {},
) {
  const calls: Array<{ method: string; args: unknown[] }> = [];
  const stub = {
    register: (input: unknown) => {
      calls.push({ method: 'register', args: [input] });
      return answer.register ? answer.register(input) : Promise.resolve(draftView((input as { id: string }).id));
    },
    show: (id: string) => {
      calls.push({ method: 'show', args: [id] });
      return answer.show ? answer.show(id) : Promise.resolve(draftView(id));
    },
  };
  // Only the methods the routes under test call exist; any other would fail loudly.
  return { client: stub as unknown as GuidelineClient, calls };
}

export const webSettings = (overrides: Partial<WebSettings> = {}): WebSettings => ({
  port: 3000,
  host: '127.0.0.1',
  publicUrl: 'http://localhost:3000',
  secure: false,
  sessionHours: 10,
  ...overrides,
});

/** A JSON body, for a test to look into. */
export const bodyOf = async (response: Response): Promise<any> => response.json();

/** What a browser keeps between requests: its cookies. */
export class Browser {
  readonly cookies = new Map<string, string>();

  constructor(private readonly app: OpenAPIHono<WebEnv>) {}

  async request(url: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size) headers.set('cookie', [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '));
    const response = await this.app.request(url, { ...init, headers });
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';');
      const [name, value] = [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)];
      const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a));
      if (expired || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return response;
  }

  /** The CSRF token the next state-changing request needs. */
  async csrfToken(): Promise<string> {
    return ((await (await this.request('/api/session')).json()) as { csrfToken: string }).csrfToken;
  }

  /** Signs in through the API and returns the session's CSRF token. */
  async signIn(username: string, password: string): Promise<Response> {
    return this.request('/api/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': await this.csrfToken() },
      body: JSON.stringify({ username, password }),
    });
  }

  async postJson(url: string, body: unknown, csrf?: string): Promise<Response> {
    return this.request(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(csrf ? { 'x-csrf-token': csrf } : {}) },
      body: JSON.stringify(body),
    });
  }

  async postForm(url: string, fields: Record<string, string>): Promise<Response> {
    return this.request(url, { method: 'POST', body: new URLSearchParams(fields) });
  }
}

export const PASSWORD = 'correct horse battery staple';

export interface TestApp {
  app: OpenAPIHono<WebEnv>;
  db: Store;
  /** The database's file, which the ledger shares. */
  sqliteFile: string;
  deps: AppDeps;
  browser(): Browser;
  /** A browser signed in with the role (one account per role, made on first use); returns it and its CSRF token. */
  signedIn(role: Role): Promise<{ browser: Browser; csrf: string }>;
  close(): Promise<void>;
}

/** The app in-process on a database of its own in a temporary folder, with the clients given. */
export async function testApp(
  options: {
    guidelines?: GuidelineClient;
    clients?: Partial<ApiClients>;
    web?: Partial<WebSettings>;
    now?: () => Date;
    oidc?: OidcSignIn;
    bodies?: BodyDirectory;
  } = {},
): Promise<TestApp> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'web-app-'));
  const sqliteFile = path.join(dir, 'ledger.sqlite');
  const db = await openDatabase({ sqliteFile });
  const clients = { guidelines: options.guidelines ?? stubGuidelines().client, ...options.clients } as ApiClients;
  const deps: AppDeps = {
    clients,
    db,
    web: webSettings(options.web),
    organisations,
    bodies: options.bodies ?? shippedBodies,
    links: testLinks,
    blobs: folderBlobStore(path.join(dir, 'documents')),
    now: options.now,
    oidc: options.oidc,
  };
  const app = createApp(deps);
  const accounts = new Set<Role>();
  return {
    app,
    db,
    sqliteFile,
    deps,
    browser: () => new Browser(app),
    async signedIn(role) {
      const username = `${role}-user`;
      if (!accounts.has(role)) await addLocalAccount(db, { username, name: `Test ${role}`, role, password: PASSWORD });
      accounts.add(role);
      const browser = new Browser(app);
      const response = await browser.signIn(username, PASSWORD);
      if (response.status !== 200) throw new Error(`sign-in as ${role} gave ${response.status}`);
      return { browser, csrf: ((await response.json()) as { csrfToken: string }).csrfToken };
    },
    async close() {
      await db.destroy();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
