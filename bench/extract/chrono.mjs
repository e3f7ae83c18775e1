// chrono-node for bench/extract/run.
//   node chrono.mjs bench FILE ja|en REF-DATE   time chrono.<lang>.parse
//   node chrono.mjs gold GOLD-DIR OUT-DIR       dates of every gold case as
//                                               matome-style JSON lines
// Only parsing is timed: the file is read and split into paragraphs first
// (one parse call per paragraph, as a user would call it per article).
import fs from 'node:fs';
import path from 'node:path';
import * as chrono from 'chrono-node';

function refDate(s) {
  const [y, m, d] = s.split('-').map(Number);
  return new Date(y, m - 1, d, 12);
}

function pad(n, w) { return String(n).padStart(w, '0'); }

// The value at the precision chrono claims: day known → YYYY-MM-DD,
// month known → YYYY-MM, year known → YYYY; a relative expression
// ("3 days ago") has nothing known and is given in full.
function value(c) {
  const k = c.knownValues || {};
  const y = c.get('year'), m = c.get('month'), d = c.get('day');
  if ('day' in k || !('month' in k || 'year' in k)) return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
  if ('month' in k) return `${pad(y, 4)}-${pad(m, 2)}`;
  return pad(y, 4);
}

const [mode, a1, a2, a3] = process.argv.slice(2);
if (mode === 'bench') {
  const text = fs.readFileSync(a1, 'utf8');
  const paras = text.split('\n\n');
  const parser = a2 === 'ja' ? chrono.ja : chrono.en;
  const ref = refDate(a3 || '2020-02-06');
  // Best of 3 runs, as the matome driver reports its best run.
  let n = 0, best = Infinity;
  for (let run = 0; run < 3; run++) {
    n = 0;
    const t0 = process.hrtime.bigint();
    for (const p of paras) n += parser.parse(p, ref).length;
    const t1 = process.hrtime.bigint();
    best = Math.min(best, Number(t1 - t0) / 1e9);
  }
  console.log(JSON.stringify({ bytes: Buffer.byteLength(text), seconds: best, dates: n }));
} else if (mode === 'gold') {
  fs.mkdirSync(a2, { recursive: true });
  for (const f of fs.readdirSync(a1).filter((f) => f.endsWith('.txt')).sort()) {
    const name = f.slice(0, -4);
    const text = fs.readFileSync(path.join(a1, f), 'utf8');
    let args = '';
    try { args = fs.readFileSync(path.join(a1, name + '.args'), 'utf8'); } catch { /* none */ }
    const lang = (args.match(/--lang\s+(\S+)/) || [])[1] || 'en';
    const ref = (args.match(/--ref-date\s+(\S+)/) || [])[1];
    const parser = lang === 'ja' ? chrono.ja : chrono.en;
    const out = [];
    for (const r of parser.parse(text, ref ? refDate(ref) : new Date())) {
      const start = Buffer.byteLength(text.slice(0, r.index));
      const end = start + Buffer.byteLength(r.text);
      for (const c of r.end ? [r.start, r.end] : [r.start])
        out.push(JSON.stringify({ kind: 'date', start, end, text: r.text, value: value(c) }));
    }
    fs.writeFileSync(path.join(a2, name + '.jsonl'), out.map((l) => l + '\n').join(''));
  }
} else {
  console.error('usage: chrono.mjs bench FILE LANG REF | gold GOLD-DIR OUT-DIR');
  process.exit(1);
}
