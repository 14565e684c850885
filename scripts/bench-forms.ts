// `npm run bench:forms`: how long each printed form takes to build (warm) and
// how big the PDF is. Prints figures only; nothing here passes or fails.
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { PDFDocument } from 'pdf-lib';
import {
  buildConsentPdf,
  buildHandOverRegisterPdf,
  buildIncomingRegisterPdf,
  buildNotificationPdf,
  buildRefusalPdf,
  buildRefusalReceiptPdf,
  buildTalonPdf,
  buildTsaCertificatePdf,
} from '../shared/forms/index';
import { loadFormFonts } from './testing/node-fonts';
import * as samples from '../shared/forms/samples';

const fonts = await loadFormFonts();
const runs = Number(process.env.BENCH_RUNS ?? 50);
const forms: [string, () => Promise<Uint8Array>][] = [
  ['talon (A5)', () => buildTalonPdf(samples.sampleTalon(fonts))],
  ['talon duplicate', () => buildTalonPdf({ ...samples.sampleTalon(fonts), duplicate: true })],
  ['refusal receipt (2 pages)', () => buildRefusalReceiptPdf(samples.sampleRefusalReceipt(fonts))],
  ['consent', () => buildConsentPdf(samples.sampleConsent(fonts))],
  ['incoming register, 60 rows', () => buildIncomingRegisterPdf(samples.sampleIncomingRegister(fonts, 60))],
  ['incoming register, 500 rows', () => buildIncomingRegisterPdf(samples.sampleIncomingRegister(fonts, 500))],
  ['notification', () => buildNotificationPdf(samples.sampleNotification(fonts))],
  ['reasoned refusal', () => buildRefusalPdf(samples.sampleRefusal(fonts))],
  ['TSA certificate', () => buildTsaCertificatePdf(samples.sampleTsaCertificate(fonts))],
  ['hand-over register, 40 rows', () => buildHandOverRegisterPdf(samples.sampleHandOverRegister(fonts, 40))],
];

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];

console.log(
  `forms bench: ${runs} warm runs each (3 warm-up runs first), Node ${process.version}, load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores`,
);
console.log(['form'.padEnd(30), 'median ms'.padStart(10), 'p95 ms'.padStart(8), 'pages'.padStart(6), 'PDF bytes'.padStart(10)].join(' '));
for (const [name, build] of forms) {
  const count = name.includes('500') ? Math.min(runs, 10) : runs;
  for (let i = 0; i < 3; i++) await build();
  const times: number[] = [];
  let pdf: Uint8Array = new Uint8Array();
  for (let i = 0; i < count; i++) {
    const start = performance.now();
    pdf = await build();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const pages = (await PDFDocument.load(pdf)).getPageCount();
  console.log(
    [
      name.padEnd(30),
      quantile(times, 0.5).toFixed(1).padStart(10),
      quantile(times, 0.95).toFixed(1).padStart(8),
      String(pages).padStart(6),
      String(pdf.length).padStart(10),
    ].join(' ') + (count !== runs ? `  (${count} runs)` : ''),
  );
}
