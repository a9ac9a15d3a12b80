/**
 * One queue per key: `run(key, fn)` waits for every earlier `fn` of the same key to settle.
 * Commits of one account are built from the previous root, so they must not interleave.
 */
export class KeyedMutex {
  private readonly tails = new Map<string, Promise<void>>()

  async run<T>(key: string, fn: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve()
    let done!: () => void
    const tail = new Promise<void>((resolve) => (done = resolve))
    this.tails.set(key, tail)
    await previous
    try {
      return await fn()
    } finally {
      done()
      if (this.tails.get(key) === tail) this.tails.delete(key)
    }
  }
}
