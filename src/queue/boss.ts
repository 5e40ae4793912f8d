// The job queue: pg-boss@10 in the ledger's own PostgreSQL database (schema "pgboss"). One queue of
// documents to annotate, and a dead-letter queue for documents that cannot be annotated.
import PgBoss from 'pg-boss';
import { ERROR_CODES, SitrepError } from '../errors.js';
import { redactUrl } from '../ledger/postgres.js';

export const ANNOTATE_QUEUE = 'sitrep-annotate';
export const DEAD_QUEUE = 'sitrep-dead';
export const BOSS_SCHEMA = 'pgboss';

/** What a job carries: the document is already stored; the job names it by its content hash. */
export interface AnnotateJob {
  hash: string;
  /** Annotate again even when this pipeline version already has. */
  force?: boolean;
}

/** A dead letter: the document and why it could not be annotated. */
export interface DeadLetter {
  hash: string;
  name?: string;
  code: string;
  message: string;
}

export interface QueueSettings {
  /** Seconds a job may stay active before it counts as lost (its worker died) and is retried. */
  jobTimeoutSeconds: number;
  /** Attempts after the first for a job that fails for a passing reason (a lost connection, a killed worker). */
  retryLimit: number;
  /** Seconds before the first retry; doubled (with jitter) each time. */
  retryDelaySeconds: number;
}

export function queueSettings(env: NodeJS.ProcessEnv = process.env): QueueSettings {
  const positive = (name: string, fallback: number) => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 1) throw new SitrepError(ERROR_CODES.USAGE, `$${name} must be a positive integer, not ${raw}`);
    return n;
  };
  return {
    jobTimeoutSeconds: positive('SITREP_JOB_TIMEOUT', 300),
    retryLimit: positive('SITREP_JOB_RETRIES', 3),
    retryDelaySeconds: positive('SITREP_JOB_RETRY_DELAY', 2),
  };
}

export interface BossOptions {
  /** Workers run pg-boss maintenance (expiring the jobs of dead workers); a producer does not. */
  supervise: boolean;
  /**
   * The producer (ingest) sets the queue's retry and timeout settings, which pg-boss copies into each job
   * it queues; workers leave them as they are.
   */
  configure?: boolean;
  settings?: QueueSettings;
}

/** Starts pg-boss on the ledger database (installing its schema on first use) with both queues there. */
export async function openBoss(url: string, opts: BossOptions): Promise<PgBoss> {
  const settings = opts.settings ?? queueSettings();
  const boss = new PgBoss({
    connectionString: url,
    schema: BOSS_SCHEMA,
    max: 2,
    application_name: 'sitrep-queue',
    supervise: opts.supervise,
    schedule: false,
    // Lost jobs come back this long after their timeout at the latest; drain also expires them itself.
    maintenanceIntervalSeconds: Math.max(1, Math.min(60, settings.jobTimeoutSeconds)),
  });
  const failures: Error[] = [];
  boss.on('error', (err) => failures.push(err));
  try {
    await boss.start();
    const configure = Boolean(opts.configure);
    await ensureQueue(boss, configure, { name: DEAD_QUEUE, policy: 'standard', retentionMinutes: 60 * 24 * 365 });
    await ensureQueue(boss, configure, {
      name: ANNOTATE_QUEUE,
      // "short": at most one queued job per document (singletonKey = hash), so ingesting twice queues once.
      policy: 'short',
      retryLimit: settings.retryLimit,
      retryDelay: settings.retryDelaySeconds,
      retryBackoff: true,
      expireInSeconds: settings.jobTimeoutSeconds,
      deadLetter: DEAD_QUEUE,
    });
  } catch (err) {
    await boss.stop({ graceful: false, wait: true }).catch((stopErr: unknown) => failures.push(stopErr as Error));
    const where = redactUrl(url);
    throw new SitrepError(ERROR_CODES.STORE, `cannot start the job queue in ${where}: ${(err as Error).message}`, { location: where }, { cause: err });
  }
  return boss;
}

/** Creates a queue unless it exists; a worker starting at the same moment may create it first. */
async function ensureQueue(boss: PgBoss, configure: boolean, options: PgBoss.Queue): Promise<void> {
  const { name } = options;
  if (await boss.getQueue(name)) {
    if (configure) await boss.updateQueue(name, options);
    return;
  }
  try {
    await boss.createQueue(name, options);
  } catch (err) {
    if (!(await boss.getQueue(name))) throw err;
  }
}
