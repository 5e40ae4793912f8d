// The few column types SQLite and PostgreSQL spell differently. Migrations take one of these, so the
// same migration files build the same schema in both.
import { sql, type RawBuilder } from 'kysely';

export interface SqlFlavor {
  name: 'sqlite' | 'postgres';
  /** Column type of an auto-numbered primary key (used with .primaryKey()). */
  autoId: RawBuilder<unknown>;
  /** Whether the auto-numbered key also needs .autoIncrement(). */
  autoIncrement: boolean;
  /** Column type of a column that refers to an auto-numbered key. */
  refId: RawBuilder<unknown>;
  /** Column type for raw bytes. */
  bytes: RawBuilder<unknown>;
}

export const SQLITE: SqlFlavor = { name: 'sqlite', autoId: sql`integer`, autoIncrement: true, refId: sql`integer`, bytes: sql`blob` };
export const POSTGRES: SqlFlavor = { name: 'postgres', autoId: sql`bigserial`, autoIncrement: false, refId: sql`bigint`, bytes: sql`bytea` };
