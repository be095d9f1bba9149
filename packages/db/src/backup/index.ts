export { BackupError } from './backup-error.ts';
export { backupDatabase, restoreDatabase, type BackupResult } from './backup.ts';
export { defaultBackupFile, readBackupProvider } from './backup-file.ts';
export { findPgTool } from './tools.ts';
