// Checks a JSON body as it streams in, before anything parses it: how deeply it
// nests and whether a string holds a NUL (`\u0000`, which PostgreSQL cannot
// store in text). A recursive parser or serialiser never sees a body that
// nests deeper than the limit, so no body can exhaust the stack. Also the NUL
// check for path parameters, query strings and tus upload metadata.
import { Transform, type TransformCallback } from 'node:stream';
import type { preParsingHookHandler } from 'fastify';

/** The deepest JSON a request may carry (a push needs 7: body, events, event, payload, act, lines, line). */
export const MAX_BODY_DEPTH = 32;

export class BodyRefused extends Error {
  readonly statusCode = 400;
  constructor(message: string) {
    super(message);
    this.name = 'BodyRefused';
  }
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;

/** A byte-by-byte JSON scanner that keeps its state across chunks. */
export class JsonScanner {
  private depth = 0;
  private inString = false;
  private escaped = false;
  /** Hex digits of a \u escape read so far, or -1 outside one. */
  private hex = -1;
  private hexValue = '';

  constructor(private readonly maxDepth = MAX_BODY_DEPTH) {}

  /** The problem with this chunk, given everything before it, or null. */
  scan(chunk: Uint8Array): string | null {
    if (chunk.indexOf(0) !== -1) return 'the body holds a NUL byte';
    // This runs over every byte of every push: inside a string (most of a body) it
    // jumps to the next quote or backslash with the native indexOf.
    const end = chunk.length;
    let nextBackslash = -1;
    for (let i = 0; i < end; i++) {
      if (this.inString && this.hex < 0 && !this.escaped) {
        if (nextBackslash < i) nextBackslash = indexOrEnd(chunk, BACKSLASH, i);
        i = Math.min(indexOrEnd(chunk, QUOTE, i), nextBackslash);
        if (i >= end) break;
      }
      const byte = chunk[i];
      if (this.inString) {
        if (this.hex >= 0) {
          this.hexValue += String.fromCharCode(byte);
          if (++this.hex === 4) {
            if (this.hexValue === '0000') return 'a string holds a NUL character (\\u0000)';
            this.hex = -1;
          }
        } else if (this.escaped) {
          this.escaped = false;
          if (byte === 0x75) {
            this.hex = 0;
            this.hexValue = '';
          }
        } else if (byte === BACKSLASH) this.escaped = true;
        else if (byte === QUOTE) this.inString = false;
      } else if (byte === QUOTE) this.inString = true;
      else if (byte === OPEN_BRACE || byte === OPEN_BRACKET) {
        if (++this.depth > this.maxDepth) return `JSON nested deeper than ${this.maxDepth} levels`;
      } else if (byte === CLOSE_BRACE || byte === CLOSE_BRACKET) this.depth--;
    }
    return null;
  }
}

function indexOrEnd(chunk: Uint8Array, byte: number, from: number): number {
  const at = chunk.indexOf(byte, from);
  return at === -1 ? chunk.length : at;
}

/** A preParsing hook for JSON routes: the body passes through unchanged, or the request ends with 400 badRequest. */
export function guardJsonBody(maxDepth = MAX_BODY_DEPTH): preParsingHookHandler {
  return (_request, _reply, payload, done) => {
    const scanner = new JsonScanner(maxDepth);
    const guarded = new Transform({
      transform(chunk: Buffer, _encoding, callback: TransformCallback) {
        const problem = scanner.scan(chunk);
        callback(problem ? new BodyRefused(problem) : null, problem ? undefined : chunk);
      },
    });
    payload.on('error', (error) => guarded.destroy(error));
    // Fastify listens for the error while it reads the body; a body it refused unread (413 by its
    // declared length) still flows through here, and its error must not end the process.
    guarded.on('error', () => payload.unpipe(guarded));
    done(null, payload.pipe(guarded));
  };
}

/** True when any of these strings (or strings in these records) holds a NUL character. */
export function holdsNul(...values: unknown[]): boolean {
  return values.some((v) =>
    typeof v === 'string' ? v.includes('\u0000') : v !== null && typeof v === 'object' ? Object.values(v).some((x) => holdsNul(x)) : false,
  );
}
