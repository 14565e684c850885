// The only host globals shared/ may use: Web platform APIs that the browser, Electron
// and Node (≥ 20) all provide. shared/tsconfig.json has neither DOM nor Node types, so
// anything else (fs, window, indexedDB …) fails the type check of shared/.
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
declare class TextDecoder {
  constructor(label?: string);
  decode(input?: Uint8Array | ArrayBuffer): string;
}
declare const crypto: { randomUUID(): string; getRandomValues<T extends Uint8Array>(array: T): T };
