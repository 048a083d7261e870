/**
 * Micro benchmark for typed arrays over shared memory, the question behind the shared peer store
 * (docs/engine-threads.md): what an element access costs through a plain Int32Array, one over a
 * fixed SharedArrayBuffer, a length-tracking one over a growable SharedArrayBuffer (sees every
 * growth), and a fixed-length one over the same growable buffer (must be made again after a growth).
 * Two loops: a read-modify-write over every cell in a scattered order, and the four stores per swarm
 * that SwarmCounts.publish makes. Run with `node --import tsx bench/shared-views.ts`; prints ns per
 * element over 7 rounds (min, median: on a shared machine the minimum is the figure to compare).
 */
const CELLS = 1 << 20;
const ROUNDS = 7;
const PASSES = 20;

type Views = Record<string, () => Int32Array>;

const views: Views = {
  'plain Int32Array': () => new Int32Array(CELLS),
  'over a SharedArrayBuffer': () => new Int32Array(new SharedArrayBuffer(CELLS * 4)),
  'length-tracking, growable SharedArrayBuffer': () => new Int32Array(new SharedArrayBuffer(CELLS * 4, { maxByteLength: CELLS * 64 })),
  'fixed length, growable SharedArrayBuffer': () => new Int32Array(new SharedArrayBuffer(CELLS * 4, { maxByteLength: CELLS * 64 }), 0, CELLS),
};

/** Every cell read and written once per pass, in an order that defeats the prefetcher. */
function readModifyWrite(cells: Int32Array): number {
  const mask = cells.length - 1;
  let sum = 0;
  for (let pass = 0; pass < PASSES; pass++) {
    for (let i = 0; i < cells.length; i++) {
      const at = (i * 40503) & mask;
      cells[at] = cells[at]! + 1;
      sum += cells[at]!;
    }
  }
  return sum;
}

/** Four adjacent stores per id, ids scattered: SwarmCounts.publish on every change of a swarm. */
function publish(cells: Int32Array): number {
  const ids = cells.length >> 2;
  const mask = ids - 1;
  for (let pass = 0; pass < PASSES; pass++) {
    for (let i = 0; i < ids; i++) {
      const at = ((i * 40503) & mask) * 4;
      cells[at] = i;
      cells[at + 1] = pass;
      cells[at + 2] = i + pass;
      cells[at + 3] = i - pass;
    }
  }
  return cells[4]!;
}

function nsPerElement(run: (cells: Int32Array) => number, cells: Int32Array, elements: number): number {
  const start = process.hrtime.bigint();
  if (run(cells) === Number.MIN_SAFE_INTEGER) console.log('unreachable');
  return Number(process.hrtime.bigint() - start) / elements;
}

const summary = (samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return `min ${sorted[0]!.toFixed(2)}  median ${sorted[sorted.length >> 1]!.toFixed(2)}`;
};

for (const [name, make] of Object.entries(views)) {
  const cells = make();
  const loop: number[] = [];
  const stores: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    loop.push(nsPerElement(readModifyWrite, cells, CELLS * PASSES));
    stores.push(nsPerElement(publish, cells, (CELLS >> 2) * PASSES));
  }
  console.log(`${name.padEnd(44)} read-modify-write ns/cell: ${summary(loop)};  four stores ns/id: ${summary(stores)}`);
}
