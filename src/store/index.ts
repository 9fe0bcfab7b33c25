// The store module's public face: the Store interface, the SQLite dialect and where the database lives.
export * from './store.ts';
export { defaultDbPath } from './default-db-path.ts';
export { openStore, type OpenStoreOptions } from './open-store.ts';
export { openSqliteStore } from './sqlite/index.ts';
