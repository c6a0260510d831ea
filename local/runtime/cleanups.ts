/** What a starting runtime must undo, in reverse order, whether it then fails or is stopped. */

/** A stack of clean-up steps. */
export class Cleanups {
  readonly #steps: (() => Promise<void> | void)[] = [];

  /** @param step - undoes something just done (stops a server, closes a client) */
  push(step: () => Promise<void> | void): void {
    this.#steps.push(step);
  }

  /**
   * Runs every step, the latest first, each even when an earlier one failed.
   *
   * @throws the first error of a step, after all of them ran
   */
  async run(): Promise<void> {
    const errors: unknown[] = [];
    for (const step of this.#steps.splice(0).reverse()) {
      try {
        await step();
      } catch (error) {
        errors.push(error);
      }
    }
    if (errors.length > 0) throw errors[0];
  }
}
