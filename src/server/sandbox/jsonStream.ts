import { waitForDrain } from './drain.ts';
import { sendProblem, type Req, type Res } from './respond.ts';
import { queryParam } from './url.ts';
import { seededRandom } from './prng.ts';

const MB = 1024 * 1024;
/** Objects are batched into chunks of about this size before each write. */
const CHUNK_BYTES = 64 * 1024;

const FIRST = ['Ada', 'Grace', 'Alan', 'Katherine', 'Linus', 'Margaret', 'Dennis', 'Barbara', 'Ken', 'Radia', 'Tim', 'Frances'];
const LAST = ['Lovelace', 'Hopper', 'Turing', 'Johnson', 'Torvalds', 'Hamilton', 'Ritchie', 'Liskov', 'Thompson', 'Perlman', 'Berners-Lee', 'Allen'];
const CITIES = [['Lisbon', 'PT'], ['Nairobi', 'KE'], ['Osaka', 'JP'], ['Montréal', 'CA'], ['Tromsø', 'NO'], ['Valparaíso', 'CL'], ['Pune', 'IN'], ['Leeds', 'GB']] as const;
const TAGS = ['admin', 'beta', 'billing', 'support', 'early-adopter', 'enterprise', 'trial', 'vip'];

/**
 * `/sandbox/json?mb=<n>`: a JSON array of about n MB of user records, generated while it is written.
 * Nothing is built in memory: each chunk waits for the socket to drain (backpressure).
 */
export async function handleJsonStream(req: Req, res: Res, rawQuery: string, maxMb: number): Promise<void> {
  const raw = queryParam(rawQuery, 'mb') ?? '1';
  const mb = /^\d{1,6}(\.\d{1,6})?$/.test(raw) ? Number(raw) : NaN;
  if (!(mb >= 0)) return sendProblem(res, 400, { detail: `"mb" must be a number of megabytes, got "${raw}".` });
  if (mb > maxMb) return sendProblem(res, 400, { detail: `"mb" is at most ${maxMb}.`, limit: maxMb });
  req.resume();
  res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  if (req.method === 'HEAD') return void res.end();

  const target = Math.round(mb * MB);
  const pool = recordPool();
  const random = seededRandom(7);
  let written = 0;
  let id = 0;
  let chunk = '[';
  while (!res.destroyed) {
    // Stop adding records once the target is reached; an empty request still gets a valid `[]`.
    while (chunk.length < CHUNK_BYTES && written + chunk.length < target) {
      id += 1;
      const [head, middle, tail] = pool[Math.floor(random() * pool.length)]!;
      chunk += `${id === 1 ? '\n' : ',\n'}{"id":${id},${head}${id.toString(16).padStart(12, '0')}${middle}${id}${tail}`;
    }
    const last = written + chunk.length >= target;
    if (last) chunk += '\n]\n';
    const bytes = Buffer.from(chunk, 'utf8');
    written += bytes.length;
    chunk = '';
    if (last) return void res.end(bytes);
    if (!res.write(bytes)) await waitForDrain(res);
  }
}

let cachedPool: [string, string, string][] | undefined;

/**
 * Records are stitched from pre-serialised pieces around the id (which also makes the uuid and e-mail
 * unique): serialising every object afresh made 250 MB take many seconds.
 */
function recordPool(): [string, string, string][] {
  if (cachedPool) return cachedPool;
  const random = seededRandom(42);
  cachedPool = Array.from({ length: 2048 }, () => {
    const { uuidPrefix, first, last, ...rest } = record(random);
    const after = JSON.stringify(rest).slice(1);
    return [
      `"uuid":"${uuidPrefix}-`,
      `","name":"${first} ${last}","email":"${`${first}.${last}`.toLowerCase()}`,
      `@example.com",${after}`,
    ];
  });
  return cachedPool;
}

function record(random: () => number) {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const first = pick(FIRST);
  const last = pick(LAST);
  const [city, country] = pick(CITIES);
  const hex = () => Math.floor(random() * 0x10000).toString(16).padStart(4, '0');
  return {
    uuidPrefix: `${hex()}${hex()}-${hex()}-4${hex().slice(1)}-a${hex().slice(1)}`,
    first,
    last,
    active: random() < 0.8,
    balance: Math.round(random() * 1_000_000) / 100,
    tags: [pick(TAGS), pick(TAGS)].filter((tag, index, all) => all.indexOf(tag) === index),
    address: { street: `${1 + Math.floor(random() * 300)} ${pick(LAST)} Street`, city, country },
    createdAt: new Date(Date.UTC(2015, 0, 1) + Math.floor(random() * 3e11)).toISOString(),
  };
}
