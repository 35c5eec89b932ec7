/** Wrong command-line usage: printed with a hint, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Settings that cannot be used: printed naming the file and setting, exit code 2. */
export class SettingsFileError extends Error {
  override name = 'SettingsFileError';
  constructor(
    message: string,
    readonly file?: string,
  ) {
    super(message);
  }
}
