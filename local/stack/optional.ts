/** Thrown when a part of the stack is being written by someone else and has not landed yet. */
export class NotBuiltYet extends Error {
  constructor(
    readonly part: string,
    readonly missing: string,
  ) {
    super(`${part}: not built yet (${missing} is missing) — skipped`);
  }
}
