/**
 * Procedural hero image for the seed article: a dusk street scene with a patrol
 * walking towards the camera.
 *
 * Rendered and PNG-encoded with web-standard APIs only (no node: imports, no
 * Buffer, no canvas) so the same code runs in Node and inside workerd, and the
 * output is byte-for-byte deterministic.
 */

/** Dimensions of the image produced by {@link heroImagePng}. */
export const HERO_WIDTH = 1200, HERO_HEIGHT = 675;

type RGB = [number, number, number];

// ── Camera ──────────────────────────────────────────────────────────────
// A pinhole camera looking straight down a street. Scene units are metres;
// every pixel is ray-cast against the ground plane and two facade planes,
// which gives correct perspective for very little code.
const CX = HERO_WIDTH / 2; // vanishing point x
const HY = 400; // horizon y
const FOCAL = 700; // px per metre at 1 m depth
const CAM_H = 1.6;
const ROAD = 6; // half-width of the carriageway
const WALL = 10; // facades stand this far from the centre line
const FAR = 170; // the street ends here; beyond it only haze and hills
const BLOCK = 14; // building frontage length

const HAZE: RGB = [196, 128, 124];

// ── Small maths helpers ─────────────────────────────────────────────────
function clamp01(v: number): number {
  return v < 0 ? 0 : v > 1 ? 1 : v;
}

function mix(a: RGB, b: RGB, t: number): RGB {
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t];
}

/** Stateless integer hash to [0, 1): deterministic "randomness" without a PRNG's state. */
function hash(a: number, b: number): number {
  let h = Math.imul(a | 0, 0x27d4eb2d) ^ Math.imul(b | 0, 0x165667b1);
  h = Math.imul(h ^ (h >>> 15), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return ((h ^ (h >>> 16)) >>> 0) / 4294967296;
}

function fog(c: RGB, z: number): RGB {
  return mix(c, HAZE, 1 - Math.exp(-z / 95));
}

// ── Sky ─────────────────────────────────────────────────────────────────
const SKY_STOPS: Array<[number, RGB]> = [
  [0, [20, 26, 58]],
  [0.4, [62, 52, 104]],
  [0.7, [168, 98, 118]],
  [0.9, [236, 150, 104]],
  [1, [255, 198, 138]],
];
const SUN_X = CX, SUN_Y = HY - 14, SUN_R = 28;

function sky(x: number, y: number): RGB {
  const t = clamp01(y / HY);
  let c: RGB = SKY_STOPS[0]![1];
  for (let i = 1; i < SKY_STOPS.length; i++) {
    const [t0, c0] = SKY_STOPS[i - 1]!;
    const [t1, c1] = SKY_STOPS[i]!;
    if (t <= t1) {
      c = mix(c0, c1, (t - t0) / (t1 - t0));
      break;
    }
  }
  // Long, thin clouds lit from below by the low sun.
  const bands: Array<[number, number, number]> = [
    [150, 9, 0.0031],
    [205, 6, 0.0047],
    [246, 5, 0.0023],
  ];
  for (const [cy, h, k] of bands) {
    const wobble = 6 * Math.sin(x * 0.006 + cy);
    const d = (y - cy - wobble) / h;
    const a = Math.exp(-d * d) * clamp01(0.55 + 0.45 * Math.sin(x * k + cy * 0.1)) * 0.55;
    c = mix(c, [250, 166, 150], a);
  }
  const dx = x - SUN_X, dy = y - SUN_Y;
  const d = Math.sqrt(dx * dx + dy * dy);
  const glow = Math.exp(-d / 170) * 0.6;
  c = mix(c, [255, 214, 150], glow);
  if (d < SUN_R + 1) c = mix(c, [255, 236, 190], clamp01(SUN_R + 0.5 - d));
  return c;
}

// Low hills closing the end of the street, seen only through the gap between facades.
function hillTop(x: number): number {
  return HY - 9 - 5 * Math.sin(x * 0.045) - 3 * Math.sin(x * 0.11 + 1.3);
}

// ── Street furniture ────────────────────────────────────────────────────
interface Lamp { x: number; z: number }
const LAMPS: Lamp[] = [];
for (let z = 16; z < FAR; z += 22) {
  LAMPS.push({ x: -(ROAD + 0.9), z }, { x: ROAD + 0.9, z: z + 11 });
}
const LAMP_H = 5.6;
const LAMP_ARM = 1.4;

// Screen-space geometry per lamp, computed once rather than per sample.
const LAMP_GEOM = LAMPS.map((l) => {
  const s = FOCAL / l.z;
  return {
    z: l.z,
    poleX: CX + l.x * s,
    baseY: HY + CAM_H * s,
    headX: CX + (l.x - Math.sign(l.x) * LAMP_ARM) * s,
    headY: HY + (CAM_H - LAMP_H) * s,
    poleHalf: Math.max(0.07 * s, 0.6),
    armHalf: Math.max(0.05 * s, 0.5),
    sigma: 0.55 * s,
    groundX: l.x - Math.sign(l.x) * LAMP_ARM,
  };
});

// ── Buildings ───────────────────────────────────────────────────────────
const FACADES: RGB[] = [
  [176, 116, 96],
  [112, 146, 156],
  [188, 164, 116],
  [146, 116, 156],
  [126, 156, 118],
  [170, 140, 132],
];

const ALLEY = 1.1;

function blockHeight(block: number, side: number): number {
  return 5 + Math.floor(hash(block, side) * 4) * 2.9;
}

function blockColour(block: number, side: number): RGB {
  return FACADES[Math.floor(hash(block, side + 7) * FACADES.length)]!;
}

function facade(side: number, z: number, yw: number): RGB | null {
  const block = Math.floor(z / BLOCK);
  const lz = z - block * BLOCK;
  const height = blockHeight(block, side);
  if (yw > height) return null;
  if (lz < ALLEY) return fog([34, 28, 40], z); // alley between buildings
  const base = blockColour(block, side);
  // Facades face across the street, away from the sun: keep them dim.
  const shade = side > 0 ? 0.42 : 0.36;
  let c: RGB = [base[0] * shade, base[1] * shade, base[2] * shade];
  if (yw > height - 0.35) c = [c[0] * 0.8, c[1] * 0.8, c[2] * 0.8]; // parapet
  const bay = Math.floor((lz - ALLEY) / 2.6);
  const bz = (lz - ALLEY) - bay * 2.6;
  if (yw < 3) {
    // Ground floor: shopfronts, most of them still lit.
    if (yw > 0.4 && yw < 2.5 && bz > 0.3 && bz < 2.3) {
      c = hash(block * 31 + bay, side) < 0.6 ? [236, 176, 104] : [40, 36, 52];
    }
  } else {
    const floor = Math.floor(yw / 2.9);
    const fy = yw - floor * 2.9;
    if (fy > 1.0 && fy < 2.2 && bz > 0.8 && bz < 1.8 && yw < height - 0.6) {
      c = hash(block * 131 + bay * 7 + floor, side) < 0.35 ? [250, 196, 118] : [46, 42, 62];
    }
  }
  return fog(c, z);
}

/**
 * A ray that clears one roofline can still hit the camera-facing end wall of
 * a taller building further down the street; without these walls, tall
 * buildings read as flat cardboard cut-outs.
 */
function endWall(side: number, adx: number, y: number, zFrom: number): { c: RGB; z: number } | null {
  const zMax = Math.min(FAR, (FOCAL * (WALL + 12)) / adx);
  for (let k = Math.floor(zFrom / BLOCK) + 1; k * BLOCK + ALLEY < zMax; k++) {
    const z = k * BLOCK + ALLEY;
    const yw = CAM_H - ((y - HY) * z) / FOCAL;
    const height = blockHeight(k, side);
    if (yw > height) continue;
    const base = blockColour(k, side);
    let c: RGB = [base[0] * 0.26, base[1] * 0.26, base[2] * 0.26];
    const lx = (adx * z) / FOCAL - WALL;
    const floor = Math.floor(yw / 2.9);
    const fy = yw - floor * 2.9;
    const col = Math.floor(lx / 3);
    const bx = lx - col * 3;
    if (floor > 0 && fy > 1.0 && fy < 2.2 && bx > 1 && bx < 2 && yw < height - 0.6) {
      c = hash(k * 17 + col, floor + side * 5) < 0.3 ? [246, 190, 112] : [40, 36, 54];
    }
    return { c: fog(c, z), z };
  }
  return null;
}

// ── Ground ──────────────────────────────────────────────────────────────
function ground(xg: number, zg: number): RGB {
  const ax = Math.abs(xg);
  let c: RGB;
  if (ax < ROAD) {
    c = [50, 46, 58];
    if (ax < 0.16 && ax > 0.04) c = [176, 150, 92]; // centre double line
    else if (Math.abs(ax - 3) < 0.07 && zg % 6 < 3) c = [170, 166, 160]; // lane dashes
  } else if (ax < ROAD + 0.25) {
    c = [120, 110, 112]; // kerb
  } else {
    c = [86, 76, 84];
  }
  // Pools of warm light under the street lamps.
  let light = 0;
  for (const l of LAMP_GEOM) {
    const dx = xg - l.groundX, dz = zg - l.z;
    const q = (dx * dx + dz * dz) / 10;
    if (q < 12) light += Math.exp(-q);
  }
  c = mix(c, [255, 190, 120], clamp01(light * 0.45));
  // Faint sheen of the sky on the road surface near the horizon.
  c = mix(c, [230, 150, 110], 0.25 * Math.exp(-40 / zg) * (ax < ROAD ? 1 : 0.4));
  return fog(c, zg);
}

// ── People and vehicle (screen-space signed distance fields) ────────────
function capsule(px: number, py: number, ax: number, ay: number, bx: number, by: number, r: number): number {
  const pax = px - ax, pay = py - ay, bax = bx - ax, bay = by - ay;
  const h = clamp01((pax * bax + pay * bay) / (bax * bax + bay * bay));
  const dx = pax - bax * h, dy = pay - bay * h;
  return Math.sqrt(dx * dx + dy * dy) - r;
}

function roundBox(px: number, py: number, cx: number, cy: number, hw: number, hh: number, r: number): number {
  const qx = Math.abs(px - cx) - hw + r, qy = Math.abs(py - cy) - hh + r;
  const ox = Math.max(qx, 0), oy = Math.max(qy, 0);
  return Math.sqrt(ox * ox + oy * oy) + Math.min(Math.max(qx, qy), 0) - r;
}

function circle(px: number, py: number, cx: number, cy: number, r: number): number {
  const dx = px - cx, dy = py - cy;
  return Math.sqrt(dx * dx + dy * dy) - r;
}

/** An officer in helmet and vest, facing the camera, rifle held across the chest. Metres, origin at the feet. */
function officer(x: number, y: number, stride: number, mirror: number): boolean {
  const mx = x * mirror;
  // Shoulders wider than hips reads as body armour even in silhouette.
  let d = circle(mx, y, 0, 1.6, 0.105); // head
  d = Math.min(d, roundBox(mx, y, 0, 1.69, 0.135, 0.06, 0.05)); // helmet
  d = Math.min(d, capsule(mx, y, 0, 1.48, 0, 1.52, 0.06)); // neck
  d = Math.min(d, roundBox(mx, y, 0, 1.21, 0.23, 0.29, 0.08)); // vest
  d = Math.min(d, capsule(mx, y, -0.1, 0.92, -0.1 - stride, 0.06, 0.095)); // legs
  d = Math.min(d, capsule(mx, y, 0.1, 0.92, 0.1 + stride * 0.6, 0.06, 0.095));
  d = Math.min(d, roundBox(mx, y, -0.12 - stride, 0.04, 0.09, 0.05, 0.03)); // boots
  d = Math.min(d, roundBox(mx, y, 0.12 + stride * 0.6, 0.04, 0.09, 0.05, 0.03));
  d = Math.min(d, capsule(mx, y, -0.25, 1.42, -0.27, 1.12, 0.065)); // arms, bent towards the rifle
  d = Math.min(d, capsule(mx, y, -0.27, 1.12, -0.16, 1.02, 0.055));
  d = Math.min(d, capsule(mx, y, 0.25, 1.42, 0.27, 1.22, 0.065));
  d = Math.min(d, capsule(mx, y, 0.27, 1.22, 0.14, 1.34, 0.055));
  d = Math.min(d, capsule(mx, y, -0.2, 0.98, 0.3, 1.64, 0.028)); // rifle at port arms, muzzle past the shoulder
  return d <= 0;
}

interface Figure { x: number; z: number; stride: number; mirror: number }
// Far to near, so nearer figures paint over farther ones.
const PATROL: Figure[] = [
  { x: 1.6, z: 17, stride: 0.06, mirror: 1 },
  { x: -2.3, z: 13.5, stride: 0.12, mirror: -1 },
  { x: 2.4, z: 11, stride: -0.08, mirror: 1 },
  { x: -0.4, z: 9.2, stride: 0.1, mirror: 1 },
];

const TRUCK = { x: -3.1, z: 27 };

/** Colour of the patrol pickup at a point in its local metres, or null if the point misses it. */
function truck(x: number, y: number): RGB | null {
  const ax = Math.abs(x);
  if (ax < 0.98 && y > 1.36 && y < 1.92 && ax < 0.8 - (y - 1.36) * 0.15) return [70, 62, 84]; // windscreen
  if (roundBox(x, y, 0, 1.65, 0.88, 0.36, 0.12) <= 0) return [22, 22, 30]; // cab
  if (circle(ax, y, 0.74, 0.95, 0.1) <= 0) return [255, 246, 214]; // headlights
  if (roundBox(x, y, 0, 0.88, 1.05, 0.44, 0.08) <= 0) return [26, 26, 34]; // body
  if (roundBox(ax, y, 0.82, 0.24, 0.17, 0.26, 0.05) <= 0) return [12, 12, 16]; // wheels
  return null;
}

// ── Scene ───────────────────────────────────────────────────────────────
function sample(x: number, y: number): RGB {
  let c: RGB;
  let depth = Infinity;
  const dx = x - CX;
  const zw = dx === 0 ? Infinity : (FOCAL * WALL) / Math.abs(dx);
  const yw = CAM_H - ((y - HY) * zw) / FOCAL;
  const side = dx < 0 ? -1 : 1;
  const wall = zw < FAR && yw >= 0 ? facade(side, zw, yw) : null;
  const end = !wall && zw < FAR && y < HY ? endWall(side, Math.abs(dx), y, zw) : null;
  if (wall) {
    c = wall;
    depth = zw;
  } else if (end) {
    c = end.c;
    depth = end.z;
  } else if (y > HY) {
    const zg = (FOCAL * CAM_H) / (y - HY);
    c = ground((dx * zg) / FOCAL, zg);
    depth = zg;
  } else if (y > hillTop(x)) {
    c = mix([92, 62, 92], HAZE, 0.45);
  } else {
    c = sky(x, y);
  }

  for (const l of LAMP_GEOM) {
    if (l.z >= depth) continue;
    const onPole = Math.abs(x - l.poleX) < l.poleHalf && y < l.baseY && y > l.headY;
    const onArm = Math.abs(y - l.headY) < l.armHalf && (x - l.poleX) * (x - l.headX) <= 0;
    if (onPole || onArm) c = fog([24, 22, 30], l.z);
  }

  const ts = FOCAL / TRUCK.z;
  const t = truck((x - (CX + TRUCK.x * ts)) / ts, (HY + CAM_H * ts - y) / ts);
  if (t && TRUCK.z < depth) {
    c = fog(t, TRUCK.z);
    depth = TRUCK.z;
  }

  for (const f of PATROL) {
    const s = FOCAL / f.z;
    const lx = (x - (CX + f.x * s)) / s;
    const ly = (HY + CAM_H * s - y) / s;
    if (lx > -0.6 && lx < 0.6 && ly > -0.05 && ly < 1.85 && officer(lx, ly, f.stride, f.mirror)) {
      // Silhouettes with a faint warm rim on the sun side.
      c = fog([16 + 10 * clamp01(1 - ly / 1.8), 14, 22], f.z * 0.6);
      depth = f.z;
    }
  }

  // Additive glows: lamp heads and truck headlights.
  let gr = 0, gg = 0, gb = 0;
  for (const l of LAMP_GEOM) {
    const ddx = x - l.headX, ddy = y - l.headY;
    const q = (ddx * ddx + ddy * ddy) / (l.sigma * l.sigma);
    if (q < 16) {
      const g = Math.exp(-q) * (q < 0.12 ? 1.4 : 0.8);
      gr += 255 * g; gg += 206 * g; gb += 140 * g;
    }
  }
  // Headlight bloom is mostly hidden by the officers standing in front of it.
  const beam = depth < TRUCK.z ? 0.15 : 0.5;
  for (const side of [-1, 1]) {
    const ddx = x - (CX + (TRUCK.x + side * 0.74) * ts), ddy = y - (HY + (CAM_H - 0.95) * ts);
    const q = (ddx * ddx + ddy * ddy) / (0.5 * ts) ** 2;
    if (q < 16) { const g = Math.exp(-q) * beam; gr += 255 * g; gg += 240 * g; gb += 210 * g; }
  }
  c = [c[0] + gr * (1 - c[0] / 255), c[1] + gg * (1 - c[1] / 255), c[2] + gb * (1 - c[2] / 255)];

  return c;
}


function render(): Uint8Array {
  const W = HERO_WIDTH, H = HERO_HEIGHT;
  const buf = new Float32Array(W * H * 3);
  for (let y = 0, i = 0; y < H; y++) {
    for (let x = 0; x < W; x++, i += 3) {
      const c = sample(x + 0.5, y + 0.5);
      buf[i] = c[0]; buf[i + 1] = c[1]; buf[i + 2] = c[2];
    }
  }
  // Adaptive 4×4 supersampling, only where a pixel differs sharply from a
  // neighbour: it smooths edges at a fraction of the cost of supersampling
  // everything, and leaves flat areas untouched so they still compress well.
  const edge = new Uint8Array(W * H);
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      const i = (y * W + x) * 3;
      for (const j of [x + 1 < W ? i + 3 : -1, y + 1 < H ? i + W * 3 : -1]) {
        if (j < 0) continue;
        const d = Math.abs(buf[i]! - buf[j]!) + Math.abs(buf[i + 1]! - buf[j + 1]!) + Math.abs(buf[i + 2]! - buf[j + 2]!);
        if (d > 30) edge[i / 3] = edge[j / 3] = 1;
      }
    }
  }
  const SS = 3;
  for (let p = 0; p < W * H; p++) {
    if (!edge[p]) continue;
    const x = p % W, y = (p - x) / W;
    let r = 0, g = 0, b = 0;
    for (let sy = 0; sy < SS; sy++) {
      for (let sx = 0; sx < SS; sx++) {
        const c = sample(x + (sx + 0.5) / SS, y + (sy + 0.5) / SS);
        r += c[0]; g += c[1]; b += c[2];
      }
    }
    buf[p * 3] = r / (SS * SS); buf[p * 3 + 1] = g / (SS * SS); buf[p * 3 + 2] = b / (SS * SS);
  }
  const px = new Uint8Array(W * H * 3);
  for (let i = 0; i < px.length; i++) px[i] = Math.round(Math.min(255, Math.max(0, buf[i]!)));
  return px;
}

// ── PNG encoding ────────────────────────────────────────────────────────
let crcTable: Uint32Array | null = null;

function crc32(bytes: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = crcTable[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  // The CRC covers the type and the data, so build them contiguously first.
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/**
 * Per-row adaptive filtering (the "minimum sum of absolute differences"
 * heuristic from the PNG spec) roughly halves the size versus filter 0 on
 * gradients like these.
 */
function filterRows(px: Uint8Array): Uint8Array<ArrayBuffer> {
  const stride = HERO_WIDTH * 3;
  const out = new Uint8Array((stride + 1) * HERO_HEIGHT);
  const cand = Array.from({ length: 5 }, () => new Uint8Array(stride));
  const zero = new Uint8Array(stride);
  for (let y = 0; y < HERO_HEIGHT; y++) {
    const row = px.subarray(y * stride, (y + 1) * stride);
    const up = y > 0 ? px.subarray((y - 1) * stride, y * stride) : zero;
    let best = 0, bestScore = Infinity;
    for (let f = 0; f < 5; f++) {
      const dst = cand[f]!;
      let score = 0;
      for (let i = 0; i < stride; i++) {
        const a = i >= 3 ? row[i - 3]! : 0;
        const b = up[i]!;
        const c = i >= 3 ? up[i - 3]! : 0;
        const pred = f === 0 ? 0 : f === 1 ? a : f === 2 ? b : f === 3 ? (a + b) >> 1 : paeth(a, b, c);
        const v = (row[i]! - pred) & 0xff;
        dst[i] = v;
        score += v < 128 ? v : 256 - v;
      }
      if (score < bestScore) { bestScore = score; best = f; }
    }
    out[y * (stride + 1)] = best;
    out.set(cand[best]!, y * (stride + 1) + 1);
  }
  return out;
}

async function zlib(data: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  // 'deflate' is the zlib wrapper (RFC 1950), which is exactly what IDAT wants.
  const cs = new CompressionStream('deflate');
  const writer = cs.writable.getWriter();
  // Write and read concurrently: awaiting the write first could deadlock on backpressure.
  const written = writer.write(data).then(() => writer.close());
  const compressed = new Uint8Array(await new Response(cs.readable).arrayBuffer());
  await written;
  return compressed;
}

/**
 * Renders the hero illustration and returns it as a 1200×675 8-bit RGB PNG.
 * Typed as ArrayBuffer-backed so it passes straight to R2, Response or crypto.subtle.
 */
export async function heroImagePng(): Promise<Uint8Array<ArrayBuffer>> {
  const ihdr = new Uint8Array(13);
  const v = new DataView(ihdr.buffer);
  v.setUint32(0, HERO_WIDTH);
  v.setUint32(4, HERO_HEIGHT);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // colour type: truecolour RGB
  // compression, filter method and interlace all stay 0
  const idat = await zlib(filterRows(render()));
  const parts = [
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', idat),
    chunk('IEND', new Uint8Array(0)),
  ];
  const png = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) { png.set(p, o); o += p.length; }
  return png;
}
