// Körpü ADR 0001: SQLite driver measurements.
//
// Compares, on the running Node:
//   A. better-sqlite3-multiple-ciphers (installed under the npm alias `better-sqlite3`)
//      through drizzle-orm/better-sqlite3, plain and SQLCipher-encrypted;
//   B. the npm `sqlite3` package through drizzle-orm/sqlite-proxy.
//
// Packages are resolved from the CURRENT WORKING DIRECTORY, not from this file, so run it
// from a scratch install (Körpü itself deliberately does not depend on `sqlite3`):
//
//   mkdir /tmp/adr-bench && cd /tmp/adr-bench && npm init -y
//   # npm 11 blocks install scripts; sqlite3 must compile, the ciphers package must not:
//   npm pkg set 'allowScripts.sqlite3=true' 'allowScripts.better-sqlite3=false' --json
//   npm install drizzle-orm@0.45.4 better-sqlite3@npm:better-sqlite3-multiple-ciphers@13.0.3 sqlite3@6.0.1
//   node /path/to/docs/decisions/0001-sqlite-driver/measure.mjs [rows=20000] [repeats=5]
//
// Nothing here is shipped; it only produces the numbers quoted in the ADR.

import { createRequire } from 'node:module';
import { mkdtempSync, rmSync, openSync, readSync, closeSync, readFileSync } from 'node:fs';
import { tmpdir, cpus, platform, arch } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const require = createRequire(join(process.cwd(), 'package.json'));
const Database = require('better-sqlite3');
const sqlite3 = require('sqlite3');
const { drizzle: drizzleBetter } = require('drizzle-orm/better-sqlite3');
const { drizzle: drizzleProxy } = require('drizzle-orm/sqlite-proxy');
const { sqliteTable, integer, text } = require('drizzle-orm/sqlite-core');
const { eq, sql } = require('drizzle-orm');

const ROWS = Number(process.argv[2] ?? 20000);
const REPEATS = Number(process.argv[3] ?? 5);
const KEY_HEX = 'a1'.repeat(32); // 32-byte raw key, 64 hex digits (test value only)
const WRONG_KEY_HEX = 'b2'.repeat(32);
const dir = mkdtempSync(join(tmpdir(), 'korpu-adr-0001-'));
let fileNo = 0;
const freshFile = () => join(dir, `db-${++fileNo}.sqlite`);

// ---------------------------------------------------------------- schema
const institutions = sqliteTable('institutions', {
  id: integer('id').primaryKey(),
  name: text('name').notNull(),
  region: text('region'),
});
const children = sqliteTable('children', {
  id: integer('id').primaryKey(),
  name: text('name').notNull(),
  birthDate: text('birth_date'),
  institutionId: integer('institution_id').references(() => institutions.id),
});
const DDL = [
  'CREATE TABLE institutions (id INTEGER PRIMARY KEY, name TEXT NOT NULL, region TEXT)',
  'CREATE TABLE children (id INTEGER PRIMARY KEY, name TEXT NOT NULL, birth_date TEXT,' +
    ' institution_id INTEGER REFERENCES institutions(id))',
];
const row = (i) => ({ name: `Child ${i}`, birthDate: '2015-03-01', institutionId: 1 + (i % 10) });

// ---------------------------------------------------------------- openers
function openBetter(file, { encrypted = false, keyHex = KEY_HEX } = {}) {
  const db = new Database(file);
  if (encrypted) {
    db.pragma(`cipher='sqlcipher'`);
    db.pragma('legacy=4');
    db.pragma(`key="x'${keyHex}'"`);
  }
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  return db;
}

function openSqlite3(file) {
  return new Promise((resolve, reject) => {
    const db = new sqlite3.Database(file, (err) => (err ? reject(err) : resolve(db)));
  });
}
const s3 = {
  run: (db, q, p = []) =>
    new Promise((res, rej) => db.run(q, p, function (err) { err ? rej(err) : res(this); })),
  all: (db, q, p = []) => new Promise((res, rej) => db.all(q, p, (err, rows) => (err ? rej(err) : res(rows)))),
  get: (db, q, p = []) => new Promise((res, rej) => db.get(q, p, (err, r) => (err ? rej(err) : res(r)))),
  close: (db) => new Promise((res, rej) => db.close((err) => (err ? rej(err) : res()))),
};

// drizzle-orm/sqlite-proxy callback backed by `sqlite3`. sqlite3 only ever returns row
// OBJECTS (keyed by column name); the proxy contract wants positional ARRAYS for
// all/get/values. `rowShape` selects what we hand back:
//   'objects' -> pass sqlite3's objects through untouched
//   'values'  -> Object.values(row), the usual workaround
function sqlite3Proxy(db, rowShape = 'values') {
  const shape = (r) => (rowShape === 'values' ? Object.values(r) : r);
  return drizzleProxy(async (q, params, method) => {
    if (method === 'run') { await s3.run(db, q, params); return { rows: [] }; }
    if (method === 'get') { const r = await s3.get(db, q, params); return { rows: r ? shape(r) : undefined }; }
    const rows = await s3.all(db, q, params); // 'all' and 'values'
    return { rows: rows.map(shape) };
  });
}

// better-sqlite3 turns foreign_keys ON by default, sqlite3 does not: set it on both.
// `seed` adds institutions 1..10 so the benchmark's FK references are valid.
async function setupSqlite3(file, { seed = false } = {}) {
  const db = await openSqlite3(file);
  await s3.run(db, 'PRAGMA journal_mode = WAL');
  await s3.run(db, 'PRAGMA synchronous = NORMAL');
  await s3.run(db, 'PRAGMA foreign_keys = ON');
  for (const d of DDL) await s3.run(db, d);
  if (seed) for (let i = 1; i <= 10; i++) await s3.run(db, 'INSERT INTO institutions (id, name) VALUES (?, ?)', [i, `Institution ${i}`]);
  return db;
}
function setupBetter(file, { seed = false, ...opts } = {}) {
  const db = openBetter(file, opts);
  db.pragma('foreign_keys = ON');
  for (const d of DDL) db.exec(d);
  if (seed) for (let i = 1; i <= 10; i++) db.prepare('INSERT INTO institutions (id, name) VALUES (?, ?)').run(i, `Institution ${i}`);
  return db;
}

// ---------------------------------------------------------------- 1. insert rate
// Each case: fresh file, schema created, then ROWS single-row INSERTs in ONE transaction
// (timed, including COMMIT). Open/keying/DDL are not timed.
const insertCases = {
  'better-sqlite3-mc raw, plain': async () => {
    const db = setupBetter(freshFile(), { seed: true });
    const st = db.prepare('INSERT INTO children (name, birth_date, institution_id) VALUES (?, ?, ?)');
    const t0 = performance.now();
    db.transaction(() => { for (let i = 0; i < ROWS; i++) { const r = row(i); st.run(r.name, r.birthDate, r.institutionId); } })();
    const ms = performance.now() - t0;
    db.close();
    return ms;
  },
  'better-sqlite3-mc raw, SQLCipher': async () => {
    const db = setupBetter(freshFile(), { encrypted: true, seed: true });
    const st = db.prepare('INSERT INTO children (name, birth_date, institution_id) VALUES (?, ?, ?)');
    const t0 = performance.now();
    db.transaction(() => { for (let i = 0; i < ROWS; i++) { const r = row(i); st.run(r.name, r.birthDate, r.institutionId); } })();
    const ms = performance.now() - t0;
    db.close();
    return ms;
  },
  'drizzle/better-sqlite3, plain': async () => {
    const client = setupBetter(freshFile(), { seed: true });
    const db = drizzleBetter({ client });
    const t0 = performance.now();
    db.transaction((tx) => { for (let i = 0; i < ROWS; i++) tx.insert(children).values(row(i)).run(); });
    const ms = performance.now() - t0;
    client.close();
    return ms;
  },
  'drizzle/better-sqlite3, SQLCipher': async () => {
    const client = setupBetter(freshFile(), { encrypted: true, seed: true });
    const db = drizzleBetter({ client });
    const t0 = performance.now();
    db.transaction((tx) => { for (let i = 0; i < ROWS; i++) tx.insert(children).values(row(i)).run(); });
    const ms = performance.now() - t0;
    client.close();
    return ms;
  },
  'drizzle/better-sqlite3, plain, .prepare() + sql.placeholder': async () => {
    const client = setupBetter(freshFile(), { seed: true });
    const db = drizzleBetter({ client });
    const ins = db.insert(children).values({
      name: sql.placeholder('name'), birthDate: sql.placeholder('birthDate'), institutionId: sql.placeholder('institutionId'),
    }).prepare();
    const t0 = performance.now();
    db.transaction(() => { for (let i = 0; i < ROWS; i++) ins.run(row(i)); });
    const ms = performance.now() - t0;
    client.close();
    return ms;
  },
  'sqlite3 raw (prepared stmt)': async () => {
    const db = await setupSqlite3(freshFile(), { seed: true });
    const st = db.prepare('INSERT INTO children (name, birth_date, institution_id) VALUES (?, ?, ?)');
    const stRun = (p) => new Promise((res, rej) => st.run(p, (err) => (err ? rej(err) : res())));
    const t0 = performance.now();
    await s3.run(db, 'BEGIN');
    for (let i = 0; i < ROWS; i++) { const r = row(i); await stRun([r.name, r.birthDate, r.institutionId]); }
    await s3.run(db, 'COMMIT');
    const ms = performance.now() - t0;
    await new Promise((res) => st.finalize(res));
    await s3.close(db);
    return ms;
  },
  'drizzle/sqlite-proxy over sqlite3': async () => {
    const client = await setupSqlite3(freshFile(), { seed: true });
    const db = sqlite3Proxy(client);
    const t0 = performance.now();
    await db.transaction(async (tx) => { for (let i = 0; i < ROWS; i++) await tx.insert(children).values(row(i)); });
    const ms = performance.now() - t0;
    await s3.close(client);
    return ms;
  },
};

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };

async function measureInserts() {
  const samples = Object.fromEntries(Object.keys(insertCases).map((k) => [k, []]));
  await insertCases['drizzle/better-sqlite3, plain'](); // warm-up (JIT, page cache)
  await insertCases['drizzle/sqlite-proxy over sqlite3']();
  for (let r = 0; r < REPEATS; r++) {
    for (const [name, fn] of Object.entries(insertCases)) samples[name].push(await fn()); // interleaved rounds
  }
  console.log(`\n## 1. Insert rate: ${ROWS} rows, row-by-row, one transaction, median of ${REPEATS}\n`);
  console.log('| Path | median ms | rows/s (median) | min-max rows/s |');
  console.log('|---|---:|---:|---:|');
  const out = {};
  for (const [name, ms] of Object.entries(samples)) {
    const med = median(ms);
    const rate = (x) => Math.round((ROWS / x) * 1000);
    out[name] = { medianMs: +med.toFixed(1), rowsPerSec: rate(med), samplesMs: ms.map((x) => +x.toFixed(1)) };
    console.log(`| ${name} | ${med.toFixed(1)} | ${rate(med).toLocaleString('en-US')} | ` +
      `${rate(Math.max(...ms)).toLocaleString('en-US')}-${rate(Math.min(...ms)).toLocaleString('en-US')} |`);
  }
  return out;
}

// ---------------------------------------------------------------- 2. join with same-named columns
const SEED_INST = [{ id: 10, name: 'Institution A', region: 'Baku' }, { id: 20, name: 'Institution B', region: 'Ganja' }];
const SEED_CHILD = [
  { id: 1, name: 'Child One', birthDate: '2014-01-01', institutionId: 10 },
  { id: 2, name: 'Child Two', birthDate: '2016-06-06', institutionId: 20 },
];
const show = (v) => JSON.stringify(v, (k, x) => (x === undefined ? '<undefined>' : x));
const joinQuery = (db) =>
  db.select({ child: { id: children.id, name: children.name }, institution: { id: institutions.id, name: institutions.name } })
    .from(children).innerJoin(institutions, eq(children.institutionId, institutions.id)).orderBy(children.id);

async function measureJoin() {
  console.log('\n## 2. Join, both tables have `id` and `name`\n');
  const expected = SEED_CHILD.map((c) => ({
    child: { id: c.id, name: c.name },
    institution: { id: c.institutionId, name: SEED_INST.find((i) => i.id === c.institutionId).name },
  }));
  const results = {};

  const client = setupBetter(freshFile());
  const bdb = drizzleBetter({ client });
  bdb.insert(institutions).values(SEED_INST).run();
  bdb.insert(children).values(SEED_CHILD).run();
  console.log('SQL:', joinQuery(bdb).toSQL().sql);
  results['drizzle/better-sqlite3'] = joinQuery(bdb).all();
  client.close();

  for (const shape of ['objects', 'values']) {
    const c = await setupSqlite3(freshFile());
    const pdb = sqlite3Proxy(c, shape);
    await pdb.insert(institutions).values(SEED_INST);
    await pdb.insert(children).values(SEED_CHILD);
    if (shape === 'objects') {
      results['sqlite3 raw row for the same SQL'] = await s3.all(c, joinQuery(pdb).toSQL().sql);
    }
    results[`drizzle/sqlite-proxy over sqlite3 (rows as ${shape === 'objects' ? 'objects' : 'Object.values(row)'})`] =
      await joinQuery(pdb);
    await s3.close(c);
  }
  console.log('expected:', show(expected));
  for (const [k, v] of Object.entries(results)) {
    const ok = k.startsWith('sqlite3 raw') ? '' : show(v) === show(expected) ? ' [CORRECT]' : ' [WRONG]';
    console.log(`${k}${ok}:\n  ${show(v)}`);
  }
  return results;
}

// ---------------------------------------------------------------- 3. concurrency vs open transaction
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function measureConcurrency() {
  console.log('\n## 3. Other work while a transaction is open\n');
  const obs = {};

  // sqlite3 + proxy: one connection, async transaction. While tx awaits, unrelated code runs.
  {
    const c = await setupSqlite3(freshFile());
    const db = sqlite3Proxy(c);
    await db.insert(institutions).values(SEED_INST);
    const txP = db.transaction(async (tx) => {
      await tx.insert(children).values({ id: 1, name: 'in tx (rolled back)', institutionId: 10 });
      await sleep(50);
      throw new Error('user aborted');
    }).catch((e) => `tx rejected: ${e.message}`);
    await sleep(10); // the transaction is now open on the shared connection
    const outsideWrite = db.insert(children).values({ id: 2, name: 'outside tx, should persist', institutionId: 20 })
      .then(() => 'ok', (e) => `error: ${e.message}`);
    const secondTx = db.transaction(async (tx) => { await tx.insert(children).values({ id: 3, name: 'second tx', institutionId: 20 }); })
      .then(() => 'ok', (e) => `error: ${e.cause?.message ?? e.message}`);
    const [txRes, outsideRes, secondRes] = await Promise.all([txP, outsideWrite, secondTx]);
    const left = await db.select({ id: children.id, name: children.name }).from(children);
    obs.sqlite3Proxy = {
      txRes, outsideWriteCall: outsideRes, secondTransaction: secondRes, rowsAfterRollback: left,
      outsideWriteSurvived: left.some((r) => r.id === 2),
    };
    await s3.close(c);
  }

  // better-sqlite3: synchronous transaction; nothing else on the JS thread can interleave.
  {
    const client = setupBetter(freshFile());
    const db = drizzleBetter({ client });
    db.insert(institutions).values(SEED_INST).run();
    const order = [];
    // An "outside" write scheduled before the transaction, as a timer and as a microtask.
    setTimeout(() => {
      db.insert(children).values({ id: 2, name: 'outside tx (timer), should persist', institutionId: 20 }).run();
      order.push('timer write (scheduled before tx)');
    }, 0);
    Promise.resolve().then(() => order.push('microtask (scheduled before tx)'));
    let err;
    try {
      db.transaction((tx) => {
        order.push('tx start');
        tx.insert(children).values({ id: 1, name: 'in tx (rolled back)', institutionId: 10 }).run();
        order.push('tx insert done');
        throw new Error('user aborted');
      });
    } catch (e) { err = e.message; }
    let asyncCallbackErr;
    try {
      db.transaction(async (tx) => { tx.insert(children).values({ id: 3, name: 'x', institutionId: 10 }).run(); });
    } catch (e) { asyncCallbackErr = `${e.name}: ${e.message}`; }
    await sleep(5);
    order.push('after tx');
    const rowsAfter = db.select({ id: children.id, name: children.name }).from(children).all();
    obs.betterSqlite3 = {
      txRes: `tx threw: ${err}`, order, asyncCallback: asyncCallbackErr ?? 'accepted',
      rowsAfterRollback: rowsAfter, outsideWriteSurvived: rowsAfter.some((r) => r.id === 2),
    };
    client.close();
  }
  console.log(JSON.stringify(obs, null, 2));
  return obs;
}

// ---------------------------------------------------------------- 5. encryption checks
function header(file) {
  const fd = openSync(file, 'r'); const b = Buffer.alloc(16); readSync(fd, b, 0, 16, 0); closeSync(fd);
  return { ascii: JSON.stringify(b.toString('latin1')), hex: b.toString('hex') };
}
async function measureEncryption() {
  console.log('\n## 5. Encryption at rest (SQLCipher v4 compatible)\n');
  const enc = freshFile();
  const plain = freshFile();
  { const d = setupBetter(enc, { encrypted: true }); d.prepare("INSERT INTO institutions VALUES (1,'secret-name','r')").run();
    d.pragma('wal_checkpoint(TRUNCATE)'); d.close(); }
  { const d = setupBetter(plain); d.prepare("INSERT INTO institutions VALUES (1,'secret-name','r')").run();
    d.pragma('wal_checkpoint(TRUNCATE)'); d.close(); }
  const tryOpen = (label, opts) => {
    try {
      const d = new Database(enc);
      if (opts) { d.pragma(`cipher='sqlcipher'`); d.pragma('legacy=4'); d.pragma(`key="x'${opts}'"`); }
      const n = d.prepare('SELECT count(*) AS n FROM institutions').get().n; d.close();
      return `${label}: opened, ${n} row(s)`;
    } catch (e) { return `${label}: ${e.code} (${e.message})`; }
  };
  const res = {
    encryptedHeader: header(enc),
    plainHeader: header(plain),
    plaintextVisibleInEncryptedFile: readFileSync(enc).includes('secret-name'),
    plaintextVisibleInPlainFile: readFileSync(plain).includes('secret-name'),
    rightKey: tryOpen('right key', KEY_HEX),
    wrongKey: tryOpen('wrong key', WRONG_KEY_HEX),
    noKey: tryOpen('no key', null),
  };
  try {
    const c = await openSqlite3(enc); await s3.get(c, 'SELECT count(*) FROM institutions'); res.stockSqlite3 = 'opened?!';
  } catch (e) { res.stockSqlite3 = `npm sqlite3 (no cipher support): ${e.code} (${e.message})`; }
  console.log(JSON.stringify(res, null, 2));
  return res;
}

// ---------------------------------------------------------------- main
const pkgVersion = (name) => JSON.parse(readFileSync(join(process.cwd(), 'node_modules', name, 'package.json'), 'utf8'));
const bsq = pkgVersion('better-sqlite3');
const facts = {
  node: process.version, napi: process.versions.napi, platform: `${platform()}-${arch()}`,
  cpus: `${cpus().length} x ${cpus()[0]?.model?.trim()}`,
  'better-sqlite3 (alias)': `${bsq.name}@${bsq.version}`,
  sqlite3: `sqlite3@${pkgVersion('sqlite3').version}`, 'drizzle-orm': pkgVersion('drizzle-orm').version,
  'SQLite in better-sqlite3-mc': new Database(':memory:').prepare('select sqlite_version() v').get().v,
  'SQLite in sqlite3': sqlite3.VERSION,
  rows: ROWS, repeats: REPEATS, pragmas: 'journal_mode=WAL, synchronous=NORMAL, file on ' + tmpdir(),
};
console.log('# Körpü ADR 0001 measurements\n');
console.log(JSON.stringify(facts, null, 2));
try {
  await measureInserts();
  await measureJoin();
  await measureConcurrency();
  await measureEncryption();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
