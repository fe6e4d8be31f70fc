// Child process for tests/store/claim-race.test.ts: after "go" on stdin, claims job-0 … job-<count - 1> in
// order and prints "claimed <key>" for each claim granted to it, then "done".
// Usage: store-claim-writer.ts <db file | postgres URL> <owner> <count>
import { once } from 'node:events';
import { openStore } from '../../src/store/open-store.ts';

const [target, owner, countText] = process.argv.slice(2);
if (!target || !owner || !countText) throw new Error('usage: <db file | postgres URL> <owner> <count>');

const store = await openStore(/^postgres(ql)?:\/\//i.test(target) ? target : `sqlite:${target}`, '.');
process.stdout.write('ready\n');
await once(process.stdin, 'data');

for (let i = 0; i < Number(countText); i += 1) {
  const key = `job-${i}`;
  if (await store.claimJob(key, owner, new Date().toISOString())) process.stdout.write(`claimed ${key}\n`);
}
process.stdout.write('done\n');
await store.close();
process.stdin.destroy();
