// The host bridge in a plain browser: printing opens the PDF in a hidden frame
// and calls the browser's print dialog; saving downloads the file.
import type { HostBridge, PrintOutcome, SaveOutcome } from '@shared/host/bridge';

function pdfUrl(pdf: Uint8Array): string {
  return URL.createObjectURL(new Blob([pdf as BlobPart], { type: 'application/pdf' }));
}

function download(url: string, name: string): void {
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
}

export const browserHost: HostBridge = {
  async appInfo() {
    return { host: 'browser', version: __APP_VERSION__, platform: navigator.platform };
  },
  async listPrinters() {
    return [];
  },
  async printPdf(request): Promise<PrintOutcome> {
    try {
      const url = pdfUrl(request.pdf);
      const frame = document.createElement('iframe');
      frame.title = request.title;
      frame.style.cssText = 'position:fixed;right:0;bottom:0;width:1px;height:1px;border:0;opacity:0';
      frame.dataset.printForm = request.form;
      frame.src = url;
      await new Promise<void>((resolve, reject) => {
        frame.onload = () => resolve();
        frame.onerror = () => reject(new Error('the PDF could not be loaded'));
        document.body.append(frame);
      });
      try {
        // Under automation (tests, navigator.webdriver) nobody can answer the print
        // dialog, and headless Chromium crashes printing a PDF frame: load the PDF only.
        if (!navigator.webdriver) {
          frame.contentWindow?.focus();
          frame.contentWindow?.print();
        }
      } catch {
        // Some browsers keep the PDF viewer apart from the page; open it in a tab to print from there.
        window.open(url, '_blank', 'noopener');
      }
      // Keep the frame a while: the print dialog reads from it.
      setTimeout(() => {
        frame.remove();
        URL.revokeObjectURL(url);
      }, 60_000);
      return { ok: true };
    } catch (error) {
      return { ok: false, reason: 'failed', detail: error instanceof Error ? error.message : String(error) };
    }
  },
  async saveFile(request): Promise<SaveOutcome> {
    try {
      const url = URL.createObjectURL(new Blob([request.data as BlobPart], { type: request.mime }));
      download(url, request.suggestedName);
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      return { ok: true };
    } catch (error) {
      return { ok: false, reason: 'failed', detail: error instanceof Error ? error.message : String(error) };
    }
  },
};
