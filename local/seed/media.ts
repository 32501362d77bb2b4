import { encodePng, encodeWav } from './encoders';
import { Random } from './random';

// Demo evidence: a night-sky photo of the reported shape, or a short audio clip of a witness's recording. Each is
// rendered from a small spec, so the database rows (size, checksum) and the uploaded objects always agree.

export type MediaSpec =
  | { kind: 'image'; seed: number; shape: string; color: string; width: number; height: number }
  | { kind: 'audio'; seed: number; durationS: number };

export interface RenderedMedia {
  contentType: 'image/png' | 'audio/wav';
  extension: 'png' | 'wav';
  body: Buffer;
}

type Rgb = readonly [number, number, number];

const COLOR_WORDS: readonly (readonly [RegExp, Rgb])[] = [
  [/orange|amber|flame/, [255, 150, 40]],
  [/red/, [255, 70, 55]],
  [/green/, [90, 255, 130]],
  [/blue/, [120, 170, 255]],
  [/yellow/, [255, 230, 120]],
  [/purple/, [190, 120, 255]],
  [/metallic|silver|grey|pale|dark/, [200, 205, 215]],
];

function colorOf(word: string): Rgb {
  return COLOR_WORDS.find(([pattern]) => pattern.test(word))?.[1] ?? [255, 250, 240];
}

class Canvas {
  readonly pixels: Float32Array;
  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    this.pixels = new Float32Array(width * height * 3);
  }

  /** Adds a soft round light: what a bright object looks like on a phone sensor at night. */
  glow(cx: number, cy: number, radius: number, color: Rgb, intensity: number, stretch = 1): void {
    const reach = Math.ceil(radius * 3 * Math.max(1, stretch));
    for (let y = Math.max(0, Math.floor(cy - reach)); y < Math.min(this.height, cy + reach); y++) {
      for (let x = Math.max(0, Math.floor(cx - reach)); x < Math.min(this.width, cx + reach); x++) {
        const dx = (x - cx) / stretch;
        const dy = y - cy;
        const falloff = intensity * Math.exp(-(dx * dx + dy * dy) / (2 * radius * radius));
        const i = (y * this.width + x) * 3;
        for (let c = 0; c < 3; c++) this.pixels[i + c] += color[c] * falloff;
      }
    }
  }

  toRgb(): Uint8Array {
    const out = new Uint8Array(this.pixels.length);
    for (let i = 0; i < out.length; i++) out[i] = Math.max(0, Math.min(255, Math.round(this.pixels[i])));
    return out;
  }
}

function renderSky(spec: Extract<MediaSpec, { kind: 'image' }>): Buffer {
  const random = new Random(spec.seed);
  const { width, height } = spec;
  const canvas = new Canvas(width, height);
  const horizon = Math.round(height * random.float(0.72, 0.88));
  // Night gradient with some city glow near the horizon.
  const glowStrength = random.float(0.2, 1);
  for (let y = 0; y < height; y++) {
    const t = y / horizon;
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      canvas.pixels[i] = 4 + 30 * t * t * glowStrength;
      canvas.pixels[i + 1] = 6 + 22 * t * t * glowStrength;
      canvas.pixels[i + 2] = 22 + 30 * t;
    }
  }
  for (let s = random.int(30, 120); s > 0; s--) {
    canvas.glow(random.float(0, width), random.float(0, horizon), 0.5, [255, 255, 255], random.float(0.2, 0.9));
  }
  const color = colorOf(spec.color);
  const cx = random.float(width * 0.2, width * 0.8);
  const cy = random.float(height * 0.15, horizon * 0.8);
  const size = random.float(1.5, 4);
  const angle = random.float(-0.6, 0.6);
  const dots = (points: readonly (readonly [number, number])[], radius = size * 0.6) => {
    for (const [dx, dy] of points) canvas.glow(cx + dx, cy + dy, radius, color, 1.1);
  };
  switch (spec.shape) {
    case 'formation':
      dots(Array.from({ length: random.int(6, 16) }, (_, k) => [Math.cos(angle) * k * size * 3, Math.sin(angle) * k * size * 3]), 0.9);
      break;
    case 'triangle':
      dots([[0, -size * 3], [-size * 3, size * 2], [size * 3, size * 2]]);
      break;
    case 'chevron':
      dots([[-size * 4, -size * 2], [-size * 2, -size], [0, 0], [size * 2, -size], [size * 4, -size * 2]], 0.9);
      break;
    case 'diamond':
    case 'cross':
    case 'rectangle':
      dots([[0, -size * 2], [size * 2, 0], [0, size * 2], [-size * 2, 0]]);
      break;
    case 'disc':
    case 'oval':
    case 'cigar':
    case 'tic-tac':
    case 'cylinder':
      canvas.glow(cx, cy, size, color, 1.2, spec.shape === 'cigar' || spec.shape === 'cylinder' ? 3.5 : 2);
      break;
    default:
      canvas.glow(cx, cy, size, color, 1.4);
  }
  // Tree and roof line, drawn last so it hides whatever is below the horizon.
  let ridge = horizon;
  for (let x = 0; x < width; x++) {
    ridge = Math.max(horizon - height * 0.12, Math.min(horizon + 2, ridge + random.int(-2, 2)));
    for (let y = Math.round(ridge); y < height; y++) {
      const i = (y * width + x) * 3;
      canvas.pixels[i] = 3;
      canvas.pixels[i + 1] = 4;
      canvas.pixels[i + 2] = 6;
    }
  }
  return encodePng(width, height, canvas.toRgb());
}

const SAMPLE_RATE = 8000;

function renderClip(spec: Extract<MediaSpec, { kind: 'audio' }>): Buffer {
  const random = new Random(spec.seed);
  const samples = new Uint8Array(Math.round(spec.durationS * SAMPLE_RATE));
  const hum = random.float(90, 260);
  const syllableRate = random.float(3, 5);
  let wind = 0;
  for (let i = 0; i < samples.length; i++) {
    const t = i / SAMPLE_RATE;
    // Low-passed noise for wind, a steady hum, and voice-like bursts of a modulated tone.
    wind = wind * 0.97 + random.float(-1, 1) * 0.03;
    const voiceEnvelope = Math.max(0, Math.sin(2 * Math.PI * syllableRate * t)) * (Math.sin(2 * Math.PI * 0.4 * t) > -0.2 ? 1 : 0);
    const voice = voiceEnvelope * 0.35 * Math.sin(2 * Math.PI * (180 + 40 * Math.sin(2 * Math.PI * 6 * t)) * t);
    const value = 0.6 * wind * 8 + 0.12 * Math.sin(2 * Math.PI * hum * t) + voice;
    samples[i] = Math.max(0, Math.min(255, Math.round(128 + 127 * value)));
  }
  return encodeWav(SAMPLE_RATE, samples);
}

export function renderMedia(spec: MediaSpec): RenderedMedia {
  return spec.kind === 'image'
    ? { contentType: 'image/png', extension: 'png', body: renderSky(spec) }
    : { contentType: 'audio/wav', extension: 'wav', body: renderClip(spec) };
}
