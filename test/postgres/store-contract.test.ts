// The LedgerStore contract, run against SQLite and PostgreSQL alike.
import { describeEachStore } from '../helpers/stores.js';
import { storeContract } from '../helpers/store-contract.js';

describeEachStore('LedgerStore contract', (backend) => storeContract(() => backend.open()));
