import { IsoDate, stockholmDate } from '../../domain/calendar/dates';
import type { OrganisationDirectory } from '../../domain/directory/organisation';
import type { BodyDirectory } from '../../domain/meeting/bodies';
import type { LinkSettings } from '../../domain/links/personalLink';
import type { BlobStore } from '../../activities/documents/blobStore';
import type { Role } from '../../domain/access';
import type { Store } from '../../activities/store/database';
import type { WebSettings } from '../../config/web';
import type { Language } from '../web/language';
import type { connectGuidelineClient } from '../connect';
import type { OidcSignIn } from './auth/oidc';

/** The typed clients the routes act through, as the CLI does. */
export type ApiClients = Omit<Awaited<ReturnType<typeof connectGuidelineClient>>, 'connection' | 'close'>;

/** What the app is built from; tests build it in-process with their own clients and a database of their own. */
export interface AppDeps {
  clients: ApiClients;
  db: Store;
  web: WebSettings;
  organisations: OrganisationDirectory;
  /** VVG and SRO: their calendars, members and secretaries, as the worker and the clients read them. */
  bodies: BodyDirectory;
  /** What personal links are made of: the pages open the links the worker's mail carries. */
  links: LinkSettings;
  /** The bytes of documents handed in. */
  blobs: BlobStore;
  /** Present when sign-in goes through the identity provider. */
  oidc?: OidcSignIn;
  now?: () => Date;
}

/** The clock of the app: tests set it. */
export const nowOf = (deps: AppDeps): Date => deps.now?.() ?? new Date();

/** Today in Stockholm, by the app's clock. */
export const todayOf = (deps: AppDeps): IsoDate => stockholmDate(nowOf(deps).getTime());

export interface SignedInUser {
  id: string;
  username: string;
  name: string;
  role: Role;
}

/** What each request carries through the middleware. */
export type WebEnv = {
  Variables: {
    user?: SignedInUser;
    /** The token this request's forms and X-CSRF-Token header must carry. */
    csrfToken: string;
    language: Language;
  };
};

/** After the guard (auth/guard.ts) a route's handler knows who is signed in. */
export type SignedInEnv = { Variables: WebEnv['Variables'] & { user: SignedInUser } };
