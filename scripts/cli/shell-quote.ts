/**
 * One argument as a POSIX shell reads it back: as it is when it holds nothing a shell treats
 * specially, else in single quotes (a `'` inside written as `'\''`). For the commands a command
 * prints for the user to run next, so a folder named `my service` still pastes as one argument.
 */
export function shellQuote(argument: string): string {
  if (/^[\w@%+=:,./-]+$/.test(argument)) return argument;
  return `'${argument.replaceAll("'", "'\\''")}'`;
}
