// Storage failures an operator must act on, each said in one line at start-up:
// a data folder the server cannot write (read-only, no permission, disk full) and
// a damaged database. Paths go to the log for the operator, never to a client.

// PostgreSQL: 25006 read-only transaction (a read-only replica or database), 53100 disk full.
const UNWRITABLE = new Set(['EACCES', 'EPERM', 'EROFS', 'ENOSPC', 'EDQUOT', 'SQLITE_CANTOPEN', 'SQLITE_FULL', '25006', '53100']);

/** True for errors meaning the disk cannot take writes: read-only, no permission, full. */
export function isUnwritable(error: unknown): boolean {
  const code = String((error as { code?: unknown } | null)?.code ?? '');
  return UNWRITABLE.has(code) || code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_IOERR');
}

/** Whether a disk failure is a full disk (the remedy differs). */
export function isDiskFull(error: unknown): boolean {
  const code = String((error as { code?: unknown } | null)?.code ?? '');
  return code === 'ENOSPC' || code === 'EDQUOT' || code === 'SQLITE_FULL' || code === '53100';
}

export class DataFolderError extends Error {
  constructor(
    readonly folder: string,
    readonly reason: unknown,
  ) {
    const code = String((reason as { code?: unknown } | null)?.code ?? (reason as Error)?.message ?? reason);
    super(
      isDiskFull(reason)
        ? `The disk holding ${folder} is full (${code}): free space there, then start the server again.`
        : `The data folder ${folder} cannot be written (${code}): give the server's user write access to it (or set DATA_DIR to a folder it can write), then start it again.`,
    );
    this.name = 'DataFolderError';
  }
}

export class DatabaseDamagedError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    // quick_check answers a line per problem: the first few, on one line.
    const said = problem
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('***'))
      .slice(0, 3)
      .join('; ');
    super(
      `The database ${file} is damaged (${said}). Nothing was changed: stop here, keep a copy of the folder, and restore the last backup with \`npm run admin -- restore <backup>\`.`,
    );
    this.name = 'DatabaseDamagedError';
  }
}
