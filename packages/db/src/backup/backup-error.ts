/** A backup or restore that cannot go ahead, with a message written for the person running it. */
export class BackupError extends Error {
  override name = 'BackupError';
}
