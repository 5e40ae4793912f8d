// The few column types SQLite and PostgreSQL spell differently. Migrations take one of these, so the
// same migration files build the same schema in both.
import { sql, type RawBuilder } from 'kysely';

export interface SqlFlavor {
  name: 'sqlite' | 'postgres';
  /** Column type of an auto-numbered primary key (used with .primaryKey()). */
  autoId: RawBuilder<unknown>;
  /** Whether the auto-numbered key also needs .autoIncrement(). */
  autoIncrement: boolean;
  /** Column type for raw bytes. */
  bytes: RawBuilder<unknown>;
}

export const SQLITE: SqlFlavor = { name: 'sqlite', autoId: sql`integer`, autoIncrement: true, bytes: sql`blob` };
export const POSTGRES: SqlFlavor = { name: 'postgres', autoId: sql`bigserial`, autoIncrement: false, bytes: sql`bytea` };
