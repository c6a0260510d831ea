/**
 * Managing the registry: what `syndicate publishers …` does, over the ports, so that the CLI
 * only parses arguments and prints.
 */
import { newApiKey, type StoredApiKey } from './api-keys.ts';
import { normalizeDomainPattern } from './domains.ts';
import { PublisherError, PublisherExistsError, PublisherNotFoundError } from './errors.ts';
import type { ApiKeyStore, PublisherArticles, PublisherRegistry } from './ports.ts';
import {
  type ExtractionRules,
  type PublisherRecord,
  type PublisherStatus,
  type RateLimit,
  validatePublisherRecord,
} from './publisher.ts';

/** What the use cases work on. */
export interface RegistryAdmin {
  readonly registry: PublisherRegistry;
  readonly keys: ApiKeyStore;
  /** Needed by `suspend --withdraw` only. */
  readonly articles?: PublisherArticles;
  /** @default () => new Date() */
  readonly now?: () => Date;
  /** Random bytes for new keys. @default crypto.randomBytes */
  readonly random?: (size: number) => Buffer;
}

/** A publisher to add; what is left out takes the default. */
export interface NewPublisher {
  readonly id: string;
  readonly name: string;
  readonly homePage: string;
  readonly domains: readonly string[];
  /** @default 'und' (undetermined: each page's own language is used) */
  readonly language?: string;
  /** @default 'UTC' */
  readonly timezone?: string;
  readonly rateLimit?: RateLimit;
  readonly extraction?: ExtractionRules;
}

/** Changes of `update`; what is left out stays. */
export interface PublisherChanges {
  readonly name?: string;
  readonly homePage?: string;
  readonly language?: string;
  readonly timezone?: string;
  /** Replaces the domains. */
  readonly domains?: readonly string[];
  readonly addDomains?: readonly string[];
  readonly removeDomains?: readonly string[];
  readonly rateLimit?: RateLimit;
  /** Replaces the extraction rules; `null` removes them. */
  readonly extraction?: ExtractionRules | null;
}

/** A key as handed over once: `{publisher, keyId, apiKey}` is what `--json` prints. */
export interface IssuedKey {
  readonly publisher: string;
  readonly keyId: string;
  readonly apiKey: string;
}

const UPDATE_ATTEMPTS = 5;

function normalizedDomains(domains: readonly string[]): string[] {
  return [...new Set(domains.map(normalizeDomainPattern))];
}

function clock(admin: RegistryAdmin): Date {
  return (admin.now ?? (() => new Date()))();
}

/**
 * Adds a publisher (active) and makes its first API key.
 *
 * @param admin - the registry, key store and clock
 * @param input - the publisher
 * @returns the stored publisher and its first key, shown once
 * @throws PublisherConfigError on an invalid field; PublisherExistsError when the id is taken
 */
export async function addPublisher(
  admin: RegistryAdmin,
  input: NewPublisher,
): Promise<{ readonly record: PublisherRecord; readonly key: IssuedKey }> {
  const at = clock(admin).toISOString();
  const publisher: PublisherRecord = {
    id: input.id,
    name: input.name.trim(),
    homePage: input.homePage,
    language: input.language ?? 'und',
    timezone: input.timezone ?? 'UTC',
    ...(input.extraction === undefined ? {} : { extraction: input.extraction }),
    domains: normalizedDomains(input.domains),
    status: 'active',
    ...(input.rateLimit === undefined ? {} : { rateLimit: input.rateLimit }),
    createdAt: at,
    updatedAt: at,
  };
  validatePublisherRecord(publisher);
  await admin.registry.create(publisher);
  return { record: publisher, key: await createKey(admin, publisher.id) };
}

async function change(
  admin: RegistryAdmin,
  id: string,
  apply: (current: PublisherRecord) => PublisherRecord,
): Promise<PublisherRecord> {
  for (let attempt = 1; attempt <= UPDATE_ATTEMPTS; attempt++) {
    const current = await admin.registry.get(id);
    if (current === null) throw new PublisherNotFoundError(id);
    const next = { ...apply(current), updatedAt: clock(admin).toISOString() };
    validatePublisherRecord(next);
    if (await admin.registry.replace(next, current)) return next;
  }
  throw new PublisherError(`Publisher ${JSON.stringify(id)} kept changing; try again`);
}

/**
 * Changes a publisher's fields.
 *
 * @param admin - the registry and clock
 * @param id - the publisher
 * @param changes - the fields to change
 * @returns the publisher as stored
 * @throws PublisherNotFoundError, PublisherConfigError
 */
export function updatePublisher(
  admin: RegistryAdmin,
  id: string,
  changes: PublisherChanges,
): Promise<PublisherRecord> {
  return change(admin, id, (current) => {
    const { extraction: _old, ...rest } = current;
    const remove = new Set(normalizedDomains(changes.removeDomains ?? []));
    const domains = normalizedDomains([
      ...(changes.domains ?? current.domains),
      ...(changes.addDomains ?? []),
    ]).filter((domain) => !remove.has(domain));
    const extraction = changes.extraction === undefined ? current.extraction : changes.extraction;
    return {
      ...rest,
      ...(changes.name === undefined ? {} : { name: changes.name.trim() }),
      ...(changes.homePage === undefined ? {} : { homePage: changes.homePage }),
      ...(changes.language === undefined ? {} : { language: changes.language }),
      ...(changes.timezone === undefined ? {} : { timezone: changes.timezone }),
      ...(changes.rateLimit === undefined ? {} : { rateLimit: changes.rateLimit }),
      ...(extraction === undefined || extraction === null ? {} : { extraction }),
      domains,
    };
  });
}

/**
 * Suspends or resumes a publisher. Suspended, its uploads are rejected (`suspended`) and the API
 * answers 403; its live articles stay in the feeds unless `withdraw` takes them out.
 *
 * @param admin - the registry, the articles (for `withdraw`) and clock
 * @param id - the publisher
 * @param status - `suspended` or `active`
 * @param options - `withdraw`: also withdraw every live article (suspension only)
 * @returns the publisher as stored and how many articles were withdrawn
 */
export async function setPublisherStatus(
  admin: RegistryAdmin,
  id: string,
  status: PublisherStatus,
  options: { readonly withdraw?: boolean } = {},
): Promise<{ readonly publisher: PublisherRecord; readonly withdrawn: number }> {
  const publisher = await change(admin, id, (current) => ({ ...current, status }));
  let withdrawn = 0;
  if (options.withdraw === true && status === 'suspended') {
    if (admin.articles === undefined) throw new PublisherError('No article store to withdraw from');
    withdrawn = await admin.articles.withdrawAll(id, clock(admin));
  }
  return { publisher, withdrawn };
}

/**
 * Makes a new API key for a publisher.
 *
 * @param admin - the registry, key store, clock and randomness
 * @param id - the publisher
 * @returns the key, shown once (only its hash is stored)
 * @throws PublisherNotFoundError
 */
export async function createKey(admin: RegistryAdmin, id: string): Promise<IssuedKey> {
  if ((await admin.registry.get(id)) === null) throw new PublisherNotFoundError(id);
  const { apiKey, stored } = newApiKey(id, clock(admin), admin.random);
  await admin.keys.putKey(stored);
  return { publisher: id, keyId: stored.keyId, apiKey };
}

/**
 * Lists a publisher's keys (never their secrets).
 *
 * @throws PublisherNotFoundError
 */
export async function listKeys(admin: RegistryAdmin, id: string): Promise<readonly StoredApiKey[]> {
  if ((await admin.registry.get(id)) === null) throw new PublisherNotFoundError(id);
  return admin.keys.listKeys(id);
}

/**
 * Revokes a key: the next request with it fails.
 *
 * @throws ApiKeyNotFoundError
 */
export function revokeKey(admin: RegistryAdmin, id: string, keyId: string): Promise<StoredApiKey> {
  return admin.keys.revokeKey(id, keyId, clock(admin));
}

/**
 * Adds the publishers the registry lacks (the local runtime's sample publishers), leaving
 * existing ones as they are, however they were changed since.
 *
 * @param registry - the registry
 * @param records - the publishers to make sure of
 * @param at - stamped as their creation time
 * @returns the ids that were added
 */
export async function ensurePublishers(
  registry: PublisherRegistry,
  records: readonly PublisherRecord[],
  at: Date,
): Promise<string[]> {
  const added: string[] = [];
  for (const record of records) {
    if ((await registry.get(record.id)) !== null) continue;
    const stamped = { ...record, createdAt: at.toISOString(), updatedAt: at.toISOString() };
    validatePublisherRecord(stamped);
    try {
      await registry.create(stamped);
      added.push(record.id);
    } catch (error) {
      // Added meanwhile by someone else: just as good.
      if (!(error instanceof PublisherExistsError)) throw error;
    }
  }
  return added;
}
